import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../../src/data/filter';
import type { Dataset, Paper } from '../../src/data/types';
import { createAppStore, DEFAULT_VIEW } from '../../src/store/create-store';
import {
  applyViewState,
  captureViewState,
  decodeViewState,
  encodeViewState,
  fitViewStateToDataset,
  type ViewState,
} from '../../src/store/view-state';

const DEFAULT_STATE: ViewState = {
  filters: EMPTY_FILTERS,
  selectedId: null,
  sorting: [],
  view: DEFAULT_VIEW,
};

const full: ViewState = {
  filters: {
    search: 'grpo & math',
    themes: ['rl', 'a,b'],
    themeMode: 'all',
    clusters: [2, 5],
    citationRange: [200, 1500.5],
    yearRange: [2020, 2025],
    mapSelection: ['1', '7'],
  },
  selectedId: '12',
  sorting: [
    { id: 'citations', desc: true },
    { id: 'rank', desc: false },
  ],
  view: {
    colorBy: 'theme',
    citationScale: 'log',
    histogramBins: 'linear',
    filteredOut: 'hide',
    mapViewport: { k: 2.5, x: -10.25, y: 3 },
    clusterNames: { 1: 'Reasoning, RL', 3: 'Agents' },
    theme: 'dark',
  },
};

describe('encodeViewState / decodeViewState', () => {
  it('encodeViewState(default) is empty', () => {
    expect(encodeViewState(DEFAULT_STATE)).toBe('');
  });
  it('encodeViewState writes a readable query with only non-defaults', () => {
    expect(encodeViewState(full)).toBe(
      'q=grpo%20%26%20math&themes=rl,a%2Cb&mode=all&clusters=2,5&cites=200,1500.5&years=2020,2025&map=1,7&sel=12&sort=-citations,rank' +
        '&color=theme&cscale=log&bins=linear&out=hide&vp=2.5,-10.25,3&names=1:Reasoning%2C%20RL,3:Agents&appearance=dark',
    );
  });
  it('decodeViewState(encodeViewState(s)) gives s back with nothing ignored', () => {
    expect(decodeViewState(`?${encodeViewState(full)}`)).toEqual({ state: full, ignored: [] });
    expect(decodeViewState('')).toEqual({ state: DEFAULT_STATE, ignored: [] });
  });
  it('decodeViewState keeps an empty map selection apart from none', () => {
    expect(decodeViewState('map=').state.filters.mapSelection).toEqual([]);
  });
  it('decodeViewState skips data= silently and reports unknown or invalid parameters', () => {
    const { state, ignored } = decodeViewState(
      'data=x.json&foo=1&cites=9,2&mode=some&sort=&vp=0,1,2&color=theme&q=%E0%A4%A',
    );
    expect(state).toEqual({ ...DEFAULT_STATE, view: { ...DEFAULT_VIEW, colorBy: 'theme' } });
    expect(ignored).toEqual([
      'unknown parameter “foo”',
      'invalid value for “cites”',
      'invalid value for “mode”',
      'invalid value for “sort”',
      'invalid value for “vp”',
      'invalid value for “q”',
    ]);
  });
  it('decodeViewState reads "+" as a space like a form', () => {
    expect(decodeViewState('q=test+time').state.filters.search).toBe('test time');
  });
});

describe('fitViewStateToDataset', () => {
  const p = (id: string): Paper => ({
    id,
    rank: 1,
    title: 't',
    citations: 1,
    abstract: '',
    github: null,
    urls: [],
  });
  const dataset: Dataset = {
    name: 'd',
    papers: [p('1'), p('12')],
    themes: [{ id: 'rl', label: 'RL', description: '', count: 1 }],
    clusters: [{ id: 2, label: 'c', terms: [], size: 1, representative: '1' }],
  };
  it('fitViewStateToDataset drops unknown themes, clusters, papers, sort columns and names', () => {
    const fitted = fitViewStateToDataset({ state: full, ignored: [] }, dataset, [
      'rank',
      'title',
      'citations',
    ]);
    expect(fitted.state.filters).toEqual({
      ...full.filters,
      themes: ['rl'],
      clusters: [2],
      mapSelection: ['1'],
    });
    expect(fitted.state.selectedId).toBe('12');
    expect(fitted.state.sorting).toEqual(full.sorting);
    expect(fitted.state.view.clusterNames).toEqual({});
    expect(fitted.ignored).toEqual([
      '1 unknown theme(s)',
      '1 unknown cluster(s)',
      '1 unknown paper(s) in the map selection',
      'names of unknown clusters',
    ]);
    const noSel = fitViewStateToDataset(
      { state: { ...full, selectedId: '99', sorting: [{ id: 'zzz', desc: false }] }, ignored: [] },
      dataset,
      ['rank'],
    );
    expect(noSel.state.selectedId).toBeNull();
    expect(noSel.state.sorting).toEqual([]);
    expect(noSel.ignored).toContain('the selected paper is not in this dataset');
    expect(noSel.ignored).toContain('1 unknown sort column(s)');
  });
});

describe('applyViewState', () => {
  it('applyViewState(store, s) makes captureViewState return s in one version step', () => {
    const store = createAppStore();
    store.getState().actions.hover('3');
    const before = store.getState().version;
    applyViewState(store, full);
    expect(captureViewState(store.getState())).toEqual(full);
    expect(store.getState().hoveredId).toBeNull();
    expect(store.getState().version).toBe(before + 1);
  });
});
