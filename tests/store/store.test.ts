import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/store/create-store';
import { countMask, filterMask } from '../../src/data/filter';
import { searchIndexFor } from '../../src/store/derived';
import type { Dataset } from '../../src/data/types';

const dataset: Dataset = {
  name: 'Test list',
  papers: [
    {
      id: 'a',
      rank: 1,
      title: 'Alpha RL',
      citations: 10,
      abstract: '',
      github: null,
      urls: [],
      themes: ['rl'],
    },
    {
      id: 'b',
      rank: 2,
      title: 'Beta vision',
      citations: 5,
      abstract: '',
      github: null,
      urls: [],
      themes: ['multimodal'],
    },
  ],
  themes: [],
  clusters: [],
};
const visible = (store: ReturnType<typeof createAppStore>) => {
  const s = store.getState();
  return countMask(filterMask(s.dataset.papers, searchIndexFor(s.dataset.papers), s.filters));
};

describe('the app store', () => {
  it('toggles a theme on and off, bumping the version each time', () => {
    const store = createAppStore({ dataset });
    const { actions } = store.getState();
    actions.toggleTheme('rl');
    expect(store.getState().filters.themes).toEqual(['rl']);
    expect(visible(store)).toBe(1);
    actions.toggleTheme('rl');
    expect(store.getState().filters.themes).toEqual([]);
    expect(store.getState().version).toBe(2);
  });

  it('clears one filter part or resets all, keeping Any/All', () => {
    const store = createAppStore({ dataset });
    const { actions } = store.getState();
    actions.setSearch('alpha');
    actions.setThemeMode('all');
    actions.setCitationRange([1, 7]);
    expect(visible(store)).toBe(0);
    actions.clearFilter('citations');
    expect(visible(store)).toBe(1);
    actions.resetFilters();
    expect(store.getState().filters).toMatchObject({
      search: '',
      themes: [],
      citationRange: null,
      themeMode: 'all',
    });
  });

  it('does not bump the version when hover or select repeat the same id', () => {
    const store = createAppStore({ dataset });
    const { actions } = store.getState();
    actions.hover('a');
    actions.hover('a');
    actions.select('b');
    actions.select('b');
    expect(store.getState().version).toBe(2);
  });

  it('replacing the dataset clears selection, filters and renamed clusters', () => {
    const store = createAppStore({ dataset });
    const { actions } = store.getState();
    actions.select('a');
    actions.renameCluster(0, 'Mine');
    actions.setSearch('x');
    actions.setDataset({ ...dataset, name: 'Other' });
    expect(store.getState()).toMatchObject({
      selectedId: null,
      filters: { search: '' },
      view: { clusterNames: {} },
    });
  });

  it('renames a cluster and removes the name when it is blank', () => {
    const store = createAppStore({ dataset });
    store.getState().actions.renameCluster(2, '  Agents  ');
    expect(store.getState().view.clusterNames).toEqual({ 2: 'Agents' });
    store.getState().actions.renameCluster(2, ' ');
    expect(store.getState().view.clusterNames).toEqual({});
  });
});
