import { describe, expect, it, vi } from 'vitest';
import { countMask } from '../../src/data/filter';
import { buildSearchIndex } from '../../src/data/search';
import type * as Search from '../../src/data/search';
import type { Dataset, Paper } from '../../src/data/types';
import { createAppStore } from '../../src/store/create-store';
import { searchIndexFor, sharedFilterMask, warmSearchIndex } from '../../src/store/derived';

// Counted, to tell an index the idle warm-up built from one built on demand by a search.
vi.mock('../../src/data/search', async (importOriginal) => {
  const actual = await importOriginal<typeof Search>();
  return { ...actual, buildSearchIndex: vi.fn(actual.buildSearchIndex) };
});

const paper = (id: string, title: string): Paper => ({
  id,
  rank: Number(id),
  title,
  citations: 1,
  abstract: '',
  github: null,
  urls: [],
});
/** A dataset whose abstracts are in a companion file, as `?data=` opens it. */
const splitDataset = (): Dataset => ({
  name: 'Split',
  papers: [paper('1', 'Alpha'), paper('2', 'Beta')],
  themes: [],
  clusters: [],
  abstracts: 'split.abstracts.json',
});
const ABSTRACTS = ['We study the zeppelin problem.', 'Nothing unusual.'];
/** The whole companion file taken in, as the loader does: its slices, then the end. */
const fillAll = (store: ReturnType<typeof createAppStore>, dataset: Dataset) => {
  store.getState().actions.fillDetails(
    dataset,
    0,
    ABSTRACTS.map((abstract) => ({ abstract })),
  );
  store.getState().actions.detailsLoaded(dataset);
};
const matches = (store: ReturnType<typeof createAppStore>, search: string) => {
  const { dataset, filters } = store.getState();
  return countMask(sharedFilterMask(dataset.papers, { ...filters, search }, []));
};

describe('fillDetails', () => {
  it('fillDetails then detailsLoaded keep the papers array and objects, and search then finds abstract words', () => {
    const dataset = splitDataset();
    const store = createAppStore({ dataset });
    const { papers } = dataset;
    const first = papers[0];
    expect(store.getState().detailsPending).toBe(true);
    expect(matches(store, 'zeppelin')).toBe(0);

    const version = store.getState().version;
    fillAll(store, dataset);
    const state = store.getState();
    expect(state.dataset).toBe(dataset);
    expect(state.dataset.papers).toBe(papers);
    expect(state.dataset.papers[0]).toBe(first);
    expect(first?.abstract).toBe(ABSTRACTS[0]);
    expect(state.dataset.abstracts).toBeUndefined();
    expect(state.detailsPending).toBe(false);
    expect(state.version).toBe(version + 1);
    expect(matches(store, 'zeppelin')).toBe(1);
    expect(searchIndexFor(papers)[0]).toContain('zeppelin');
  });

  it('restarts a search-index warm-up that ran (or finished) on the empty abstracts', async () => {
    const dataset = splitDataset();
    const store = createAppStore({ dataset });
    const stop = warmSearchIndex(dataset.papers, 1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const before = searchIndexFor(dataset.papers);
    expect(before[0]).not.toContain('zeppelin');
    fillAll(store, dataset);
    await new Promise((resolve) => setTimeout(resolve, 20));
    stop();
    // Built again by the warm-up: a search now finds a ready index, with the abstracts in it.
    const builds = vi.mocked(buildSearchIndex).mock.calls.length;
    const after = searchIndexFor(dataset.papers);
    expect(vi.mocked(buildSearchIndex).mock.calls.length).toBe(builds);
    expect(after).not.toBe(before);
    expect(after[0]).toContain('zeppelin');
  });

  it('fills slices in place, details beside abstracts, and stays pending until detailsLoaded', () => {
    const dataset = splitDataset();
    const store = createAppStore({ dataset });
    const version = store.getState().version;
    const evidence = { rl: [{ term: 'zeppelin', field: 'abstract' as const, weight: 1 }] };
    const { fillDetails, detailsLoaded } = store.getState().actions;
    fillDetails(dataset, 1, [{ abstract: 'B.', similar: ['1'], similarScores: [0.5] }]);
    fillDetails(dataset, 0, [{ abstract: 'A.', themeEvidence: evidence }]);
    expect(store.getState().version).toBe(version);
    expect(store.getState().detailsPending).toBe(true);
    expect(dataset.papers[0]).toMatchObject({ abstract: 'A.', themeEvidence: evidence });
    expect(dataset.papers[1]).toMatchObject({
      abstract: 'B.',
      similar: ['1'],
      similarScores: [0.5],
    });
    detailsLoaded(dataset);
    expect(store.getState().detailsPending).toBe(false);
    expect(store.getState().version).toBe(version + 1);
  });

  it('detailsFailed(dataset, notice) leaves the abstracts empty and adds the notice to any shown', () => {
    const dataset = splitDataset();
    const store = createAppStore({ dataset, notice: 'Part of the link was ignored.' });
    store.getState().actions.detailsFailed(dataset, 'Could not load the abstracts: x.');
    const state = store.getState();
    expect(state.detailsPending).toBe(false);
    expect(state.notice).toBe('Part of the link was ignored. Could not load the abstracts: x.');
    expect(state.dataset.papers.map((p) => p.abstract)).toEqual(['', '']);
  });

  it('fills a dataset switched away from without touching the open one, ready for its return', () => {
    const dataset = splitDataset();
    const other: Dataset = {
      name: 'Other',
      papers: [paper('9', 'Gamma')],
      themes: [],
      clusters: [],
    };
    const store = createAppStore({ dataset });
    store.getState().actions.setDataset(other);
    expect(store.getState().detailsPending).toBe(false);
    const version = store.getState().version;
    fillAll(store, dataset);
    expect(store.getState().version).toBe(version);
    store.getState().actions.setDataset(dataset);
    expect(store.getState().detailsPending).toBe(false);
    expect(matches(store, 'zeppelin')).toBe(1);
  });
});
