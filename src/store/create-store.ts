import { createStore } from 'zustand/vanilla';
import type { Dataset } from '../data/types';
import type { PaperDetails } from '../data/parse/companion-file';
import { EMPTY_FILTERS, type FilterKey, type Filters } from '../data/filter';
import { forgetSearchIndex } from './search-index';

export interface SortRule {
  id: string;
  desc: boolean;
}

/** How the views draw, as chosen by the user (part of the shareable view state). */
export interface ViewOptions {
  colorBy: 'cluster' | 'theme';
  citationScale: 'linear' | 'log';
  histogramBins: 'linear' | 'log';
  /** What the charts do with papers that other filters leave out. */
  filteredOut: 'dim' | 'hide';
  /** Map zoom transform; null is the fitted view. */
  mapViewport: { k: number; x: number; y: number } | null;
  /** User-given names of clusters, by cluster id. */
  clusterNames: Record<number, string>;
  theme: 'system' | 'light' | 'dark';
}

export const DEFAULT_VIEW: ViewOptions = {
  colorBy: 'cluster',
  citationScale: 'linear',
  histogramBins: 'log',
  filteredOut: 'dim',
  mapViewport: null,
  clusterNames: {},
  theme: 'system',
};

export interface AppState {
  /**
   * The loaded dataset; replaced whole, never mutated, except that the abstracts and details kept
   * in a companion file are filled into its papers in place as they arrive (see `fillDetails`).
   */
  dataset: Dataset;
  /**
   * True while the dataset's companion file (abstracts, theme evidence, similar papers) is still
   * on its way: only their readers (search masks, the Details panel, the map's similar-paper
   * rings) select it.
   */
  detailsPending: boolean;
  hoveredId: string | null;
  selectedId: string | null;
  sorting: SortRule[];
  filters: Filters;
  view: ViewOptions;
  /** A message for the user about something that did not go as asked (shown until dismissed). */
  notice: string | null;
  /** Bumped by every change, so views can confirm which state they drew. */
  version: number;
  actions: AppActions;
}

export interface AppActions {
  setDataset(dataset: Dataset): void;
  hover(id: string | null): void;
  select(id: string | null): void;
  setSorting(sorting: SortRule[]): void;
  setSearch(text: string): void;
  toggleTheme(id: string): void;
  setThemes(ids: string[]): void;
  setThemeMode(mode: Filters['themeMode']): void;
  toggleCluster(id: number): void;
  setCitationRange(range: [number, number] | null): void;
  setMapSelection(ids: string[] | null): void;
  setYearRange(range: [number, number] | null): void;
  clearFilter(key: FilterKey): void;
  resetFilters(): void;
  setView(changes: Partial<ViewOptions>): void;
  renameCluster(id: number, name: string): void;
  notify(message: string | null): void;
  /** Puts a slice of a companion file's details into `dataset`'s papers `from`, `from + 1`, … */
  fillDetails(dataset: Dataset, from: number, details: readonly PaperDetails[]): void;
  /** `dataset`'s companion file is all in: its readers now read the papers again. */
  detailsLoaded(dataset: Dataset): void;
  /** `dataset`'s companion file could not be used: its details stay out, `notice` says why. */
  detailsFailed(dataset: Dataset, notice: string): void;
}

const EMPTY_DATASET: Dataset = { name: '', papers: [], themes: [], clusters: [] };

export type AppStore = ReturnType<typeof createAppStore>;

/** Makes a fresh store (one per app, one per test). */
export function createAppStore(
  initial: Partial<Omit<AppState, 'actions' | 'version' | 'detailsPending'>> = {},
) {
  return createStore<AppState>()((set, get) => {
    const update = (changes: Partial<AppState>) => set({ ...changes, version: get().version + 1 });
    /** `dataset` no longer waits for its companion file (its details are in, or never will be). */
    const settleDetails = (dataset: Dataset, changes: Partial<AppState>) => {
      delete dataset.abstracts;
      forgetSearchIndex(dataset.papers);
      // A dataset switched away from meanwhile has its papers filled for when it comes back.
      if (get().dataset === dataset) changes = { ...changes, detailsPending: false };
      if (Object.keys(changes).length > 0) update(changes);
    };
    const setFilters = (changes: Partial<Filters>) =>
      update({ filters: { ...get().filters, ...changes } });
    const toggle = <T>(list: readonly T[], item: T) =>
      list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
    return {
      dataset: EMPTY_DATASET,
      hoveredId: null,
      selectedId: null,
      sorting: [],
      filters: EMPTY_FILTERS,
      view: DEFAULT_VIEW,
      notice: null,
      ...initial,
      detailsPending: initial.dataset?.abstracts !== undefined,
      version: 0,
      actions: {
        setDataset: (dataset) =>
          update({
            dataset,
            detailsPending: dataset.abstracts !== undefined,
            hoveredId: null,
            selectedId: null,
            filters: EMPTY_FILTERS,
            view: { ...get().view, clusterNames: {}, mapViewport: null },
          }),
        hover: (id) => {
          if (get().hoveredId !== id) update({ hoveredId: id });
        },
        select: (id) => {
          if (get().selectedId !== id) update({ selectedId: id });
        },
        setSorting: (sorting) => update({ sorting }),
        setSearch: (search) => setFilters({ search }),
        toggleTheme: (id) => setFilters({ themes: toggle(get().filters.themes, id) }),
        setThemes: (themes) => setFilters({ themes }),
        setThemeMode: (themeMode) => setFilters({ themeMode }),
        toggleCluster: (id) => setFilters({ clusters: toggle(get().filters.clusters, id) }),
        setCitationRange: (citationRange) => setFilters({ citationRange }),
        setMapSelection: (mapSelection) => setFilters({ mapSelection }),
        setYearRange: (yearRange) => setFilters({ yearRange }),
        clearFilter: (key) => {
          const cleared: Record<FilterKey, Partial<Filters>> = {
            search: { search: '' },
            themes: { themes: [] },
            clusters: { clusters: [] },
            citations: { citationRange: null },
            map: { mapSelection: null },
            year: { yearRange: null },
          };
          setFilters(cleared[key]);
        },
        resetFilters: () =>
          update({ filters: { ...EMPTY_FILTERS, themeMode: get().filters.themeMode } }),
        setView: (changes) => update({ view: { ...get().view, ...changes } }),
        renameCluster: (id, name) => {
          const clusterNames = { ...get().view.clusterNames };
          if (name.trim()) clusterNames[id] = name.trim();
          else delete clusterNames[id];
          update({ view: { ...get().view, clusterNames } });
        },
        notify: (notice) => update({ notice }),
        fillDetails: (dataset, from, details) => {
          // In place, on purpose: the views memoise on `dataset.papers` and on the paper objects,
          // so a new array (or new papers) would re-render and recompute every view, hundreds of
          // ms at 10k-100k papers, landing in the middle of the user's first interactions, for
          // details that only search, the Details panel and the map's rings read. Those select
          // `detailsPending`, whose change (detailsLoaded) tells them to read the papers again.
          details.forEach((entry, i) => {
            const paper = dataset.papers[from + i];
            if (!paper) return;
            if (entry.abstract !== undefined) paper.abstract = entry.abstract;
            if (entry.themeEvidence !== undefined) paper.themeEvidence = entry.themeEvidence;
            if (entry.similar !== undefined) paper.similar = entry.similar;
            if (entry.similarScores !== undefined) paper.similarScores = entry.similarScores;
          });
        },
        detailsLoaded: (dataset) => settleDetails(dataset, {}),
        detailsFailed: (dataset, notice) =>
          settleDetails(dataset, { notice: [get().notice, notice].filter(Boolean).join(' ') }),
      },
    };
  });
}
