import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../../src/data/types';
import { loadCompanion, PAUSE_MS, whenDetailsWanted } from '../../src/app/load-companion';
import { createAppStore } from '../../src/store/create-store';

const splitDataset = (abstracts: string): Dataset => ({
  name: 'Split',
  papers: ['1', '2'].map((id) => ({
    id,
    rank: Number(id),
    title: `Paper ${id}`,
    citations: 1,
    abstract: '',
    github: null,
    urls: [],
  })),
  themes: [],
  clusters: [],
  abstracts,
});
const BASE = 'https://data.example.org/lists/top.json';

/** Opens `dataset` in a fresh store and runs the loader with `fetch` answering `response`. */
async function load(dataset: Dataset, response: () => Promise<Response>) {
  const fetch = vi.fn((_url: URL | string) => response());
  vi.stubGlobal('fetch', fetch);
  const store = createAppStore({ dataset });
  await loadCompanion(store, dataset, BASE);
  return { state: store.getState(), fetch };
}
const json =
  (value: unknown, status = 200) =>
  async () =>
    new Response(JSON.stringify(value), { status });

afterEach(() => vi.unstubAllGlobals());

describe('loadCompanion', () => {
  it('loadCompanion(store, dataset, url) fetches the companion relative to the dataset file and fills it in', async () => {
    const dataset = splitDataset('top.abstracts.json');
    const { state, fetch } = await load(dataset, json(['First.', 'Second.']));
    expect(String(fetch.mock.calls[0]?.[0])).toBe(
      'https://data.example.org/lists/top.abstracts.json',
    );
    expect(state.dataset.papers.map((p) => p.abstract)).toEqual(['First.', 'Second.']);
    expect(state.detailsPending).toBe(false);
    expect(state.notice).toBeNull();
  });

  it('names the file and the HTTP status when the companion cannot be fetched', async () => {
    const { state } = await load(splitDataset('../other/top.abstracts.json'), json('', 404));
    expect(state.notice).toBe(
      'Could not load the abstracts and details: could not load the companion file top.abstracts.json: HTTP 404. The papers are shown without them.',
    );
    expect(state.detailsPending).toBe(false);
    expect(state.dataset.papers.map((p) => p.abstract)).toEqual(['', '']);
  });

  it('refuses a companion that is not http(s) once resolved, without fetching it', async () => {
    const { state, fetch } = await load(splitDataset('javascript:alert(1)'), json([]));
    expect(fetch).not.toHaveBeenCalled();
    expect(state.notice).toBe(
      'Could not load the abstracts and details: the companion file must be an http(s) URL, not javascript:. The papers are shown without them.',
    );
  });

  it('passes the companion check’s message on, the dataset kept as it was', async () => {
    const dataset = splitDataset('top.abstracts.json');
    const papers = dataset.papers;
    const { state } = await load(dataset, json(['Only one.']));
    expect(state.notice).toBe(
      'Could not load the abstracts and details: companion file top.abstracts.json has 1 entry; expected 2, one per paper. The papers are shown without them.',
    );
    expect(state.dataset.papers).toBe(papers);
  });
});

describe('whenDetailsWanted(store, dataset, start, input)', () => {
  const setUp = () => {
    vi.useFakeTimers();
    const dataset = splitDataset('top.abstracts.json');
    const store = createAppStore({ dataset });
    const input = new EventTarget();
    const start = vi.fn();
    const cancel = whenDetailsWanted(store, dataset, start, input);
    return { dataset, store, input, start, cancel };
  };
  afterEach(() => vi.useRealTimers());

  it("starts after a pause in the user's input, and each input restarts the wait", () => {
    const { input, start } = setUp();
    vi.advanceTimersByTime(PAUSE_MS - 100);
    input.dispatchEvent(new Event('pointerdown'));
    vi.advanceTimersByTime(PAUSE_MS - 100);
    input.dispatchEvent(new Event('keydown'));
    vi.advanceTimersByTime(PAUSE_MS - 1);
    expect(start).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(start).toHaveBeenCalledTimes(1);
    input.dispatchEvent(new Event('wheel'));
    vi.advanceTimersByTime(PAUSE_MS * 3);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('starts at once when a paper is selected or a search typed', () => {
    const first = setUp();
    first.store.getState().actions.select('2');
    expect(first.start).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(PAUSE_MS * 2);
    expect(first.start).toHaveBeenCalledTimes(1);

    const second = setUp();
    second.store.getState().actions.setSearch('   ');
    expect(second.start).not.toHaveBeenCalled();
    second.store.getState().actions.setSearch('zeppelin');
    expect(second.start).toHaveBeenCalledTimes(1);
  });

  it('never starts once the store has moved to another dataset, or when cancelled', () => {
    const moved = setUp();
    moved.store.getState().actions.setDataset({ ...moved.dataset, name: 'Other' });
    vi.advanceTimersByTime(PAUSE_MS * 2);
    moved.store.getState().actions.select('1');
    expect(moved.start).not.toHaveBeenCalled();

    const cancelled = setUp();
    cancelled.cancel();
    vi.advanceTimersByTime(PAUSE_MS * 2);
    expect(cancelled.start).not.toHaveBeenCalled();
  });
});
