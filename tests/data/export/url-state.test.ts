import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../../../src/data/filter';
import type { Dataset } from '../../../src/data/types';
import { DEFAULT_VIEW } from '../../../src/store/create-store';
import type { ViewState } from '../../../src/store/view-state';
import {
  ignoredNotice,
  isContinuousChange,
  readViewFromSearch,
  urlWithViewState,
} from '../../../src/app/url-state';

const base: ViewState = {
  filters: EMPTY_FILTERS,
  selectedId: null,
  sorting: [],
  view: DEFAULT_VIEW,
};
const themed: ViewState = { ...base, filters: { ...EMPTY_FILTERS, themes: ['rl'] } };

describe('urlWithViewState', () => {
  it('urlWithViewState keeps data= verbatim and the hash, and replaces every other parameter', () => {
    expect(urlWithViewState('http://h/app/?foo=1&data=a%2Fb.json&themes=x#top', themed)).toBe(
      'http://h/app/?data=a%2Fb.json&themes=rl#top',
    );
  });
  it('urlWithViewState of the default view leaves no query', () => {
    expect(urlWithViewState('http://h/?themes=rl', base)).toBe('http://h/');
  });
});

describe('readViewFromSearch', () => {
  it('readViewFromSearch decodes and fits the state to the dataset and its sortable columns', () => {
    const dataset: Pick<Dataset, 'papers' | 'themes' | 'clusters'> = {
      papers: [
        { id: '4', rank: 4, title: 't', citations: 1, abstract: '', github: null, urls: [] },
      ],
      themes: [{ id: 'rl', label: 'RL', description: '', count: 1 }],
      clusters: [],
    };
    const { state, ignored } = readViewFromSearch(
      '?themes=rl,nope&sel=4&sort=-citations,bogus',
      dataset,
    );
    expect(state.filters.themes).toEqual(['rl']);
    expect(state.selectedId).toBe('4');
    expect(state.sorting).toEqual([{ id: 'citations', desc: true }]);
    expect(ignored).toEqual(['1 unknown theme(s)', '1 unknown sort column(s)']);
  });
  it('ignoredNotice words the ignored parts as one sentence', () => {
    expect(ignoredNotice([])).toBeNull();
    expect(ignoredNotice(['unknown parameter “x”', '1 unknown theme(s)'])).toBe(
      'Part of the link was ignored: unknown parameter “x”; 1 unknown theme(s).',
    );
  });
});

describe('isContinuousChange', () => {
  it('isContinuousChange is true for search, brush, selection and viewport, false for discrete choices', () => {
    const searched = { ...base, filters: { ...base.filters, search: 'a' } };
    expect(isContinuousChange(base, searched)).toBe(true);
    expect(isContinuousChange(base, { ...base, selectedId: '1' })).toBe(true);
    expect(
      isContinuousChange(base, {
        ...base,
        view: { ...DEFAULT_VIEW, mapViewport: { k: 2, x: 0, y: 0 } },
      }),
    ).toBe(true);
    expect(isContinuousChange(base, themed)).toBe(false);
    expect(isContinuousChange(base, { ...base, sorting: [{ id: 'rank', desc: false }] })).toBe(
      false,
    );
    expect(isContinuousChange(base, { ...base, view: { ...DEFAULT_VIEW, colorBy: 'theme' } })).toBe(
      false,
    );
  });
});
