import type { Dataset } from '../data/types';
import { EMPTY_FILTERS, type Filters } from '../data/filter';
import {
  DEFAULT_VIEW,
  type AppState,
  type AppStore,
  type SortRule,
  type ViewOptions,
} from './create-store';

/** Everything a shared link or an exported figure restores: what the user chose, not what is derived. */
export interface ViewState {
  filters: Filters;
  selectedId: string | null;
  sorting: SortRule[];
  view: ViewOptions;
}

/** The result of reading a view state: the state and a line for each part that was ignored. */
export interface DecodedViewState {
  state: ViewState;
  ignored: string[];
}

/** The view state held by the store (stored references, no copies). */
export function captureViewState(
  state: Pick<AppState, 'filters' | 'selectedId' | 'sorting' | 'view'>,
): ViewState {
  return {
    filters: state.filters,
    selectedId: state.selectedId,
    sorting: state.sorting,
    view: state.view,
  };
}

/** Puts a whole view state into the store as one change (one render, one history step). */
export function applyViewState(store: AppStore, state: ViewState): void {
  store.setState((s) => ({ ...state, hoveredId: null, version: s.version + 1 }));
}

/** The query parameters the view state uses; `data` (the dataset URL) is left to the loader. */
export const VIEW_PARAMS = [
  'q',
  'themes',
  'mode',
  'clusters',
  'cites',
  'map',
  'sel',
  'sort',
  'color',
  'cscale',
  'bins',
  'out',
  'vp',
  'names',
  'appearance',
] as const;

// Encoded per item so ids may hold commas; "," and ":" stay readable as separators.
const enc = (s: string) => encodeURIComponent(s);
const list = (items: readonly (string | number)[]) => items.map((i) => enc(String(i))).join(',');

function num(n: number): string {
  return String(Math.round(n * 1e4) / 1e4);
}

/** The view state as a query string (no "?"), listing only what differs from the defaults. */
export function encodeViewState(state: ViewState): string {
  const { filters: f, view: v } = state;
  const out: string[] = [];
  const put = (key: string, raw: string) => out.push(`${key}=${raw}`);
  if (f.search) put('q', enc(f.search));
  if (f.themes.length > 0) put('themes', list(f.themes));
  if (f.themeMode !== EMPTY_FILTERS.themeMode) put('mode', f.themeMode);
  if (f.clusters.length > 0) put('clusters', list(f.clusters));
  if (f.citationRange) put('cites', `${num(f.citationRange[0])},${num(f.citationRange[1])}`);
  if (f.yearRange) put('years', `${num(f.yearRange[0])},${num(f.yearRange[1])}`);
  if (f.mapSelection) put('map', list(f.mapSelection));
  if (state.selectedId !== null) put('sel', enc(state.selectedId));
  if (state.sorting.length > 0)
    put('sort', state.sorting.map((r) => `${r.desc ? '-' : ''}${enc(r.id)}`).join(','));
  if (v.colorBy !== DEFAULT_VIEW.colorBy) put('color', v.colorBy);
  if (v.citationScale !== DEFAULT_VIEW.citationScale) put('cscale', v.citationScale);
  if (v.histogramBins !== DEFAULT_VIEW.histogramBins) put('bins', v.histogramBins);
  if (v.filteredOut !== DEFAULT_VIEW.filteredOut) put('out', v.filteredOut);
  if (v.mapViewport)
    put('vp', [v.mapViewport.k, v.mapViewport.x, v.mapViewport.y].map(num).join(','));
  const names = Object.entries(v.clusterNames).sort(([a], [b]) => Number(a) - Number(b));
  if (names.length > 0) put('names', names.map(([id, name]) => `${id}:${enc(name)}`).join(','));
  if (v.theme !== DEFAULT_VIEW.theme) put('appearance', v.theme);
  return out.join('&');
}

function decode(raw: string): string | null {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

function decodeList(raw: string): string[] | null {
  if (raw === '') return [];
  const items = raw.split(',').map(decode);
  return items.every((i): i is string => i !== null) ? items : null;
}

function finite(items: readonly string[] | null, count: number): number[] | null {
  if (!items || items.length !== count) return null;
  const nums = items.map((s) => (s.trim() === '' ? NaN : Number(s)));
  return nums.every(Number.isFinite) ? nums : null;
}

function oneOf<T extends string>(value: string, options: readonly T[]): T | null {
  return (options as readonly string[]).includes(value) ? (value as T) : null;
}

/**
 * Reads a view state from a query string (with or without "?"). Unknown parameters and invalid
 * values are skipped and reported in `ignored`; `data` is not part of the view and is skipped silently.
 */
export function decodeViewState(query: string): DecodedViewState {
  const filters: Filters = { ...EMPTY_FILTERS };
  const view: ViewOptions = { ...DEFAULT_VIEW, clusterNames: {} };
  const state: ViewState = { filters, selectedId: null, sorting: [], view };
  const ignored: string[] = [];
  const q = query.startsWith('?') ? query.slice(1) : query;
  for (const pair of q.split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const key = decode(eq < 0 ? pair : pair.slice(0, eq)) ?? pair;
    const raw = eq < 0 ? '' : pair.slice(eq + 1);
    if (key === 'data') continue;
    const bad = () => ignored.push(`invalid value for “${key}”`);
    const items = decodeList(raw);
    const text = decode(raw);
    switch (key) {
      case 'q':
        if (text === null) bad();
        else filters.search = text;
        break;
      case 'themes':
        if (!items) bad();
        else filters.themes = [...new Set(items.filter((i) => i.length > 0))];
        break;
      case 'mode': {
        const mode = oneOf(raw, ['any', 'all'] as const);
        if (mode) filters.themeMode = mode;
        else bad();
        break;
      }
      case 'clusters': {
        const ids = items?.map(Number);
        if (!ids || !ids.every((n) => Number.isInteger(n) && n >= 0) || raw === '') bad();
        else filters.clusters = [...new Set(ids)];
        break;
      }
      case 'cites': {
        const range = finite(items, 2);
        if (!range || range[0]! > range[1]!) bad();
        else filters.citationRange = [range[0]!, range[1]!];
        break;
      }
      case 'years': {
        const range = finite(items, 2);
        if (!range || range[0]! > range[1]!) bad();
        else filters.yearRange = [range[0]!, range[1]!];
        break;
      }
      case 'map':
        if (!items) bad();
        else filters.mapSelection = [...new Set(items.filter((i) => i.length > 0))];
        break;
      case 'sel':
        if (!text) bad();
        else state.selectedId = text;
        break;
      case 'sort': {
        const rules = items?.map((i) => ({
          id: i.startsWith('-') ? i.slice(1) : i,
          desc: i.startsWith('-'),
        }));
        if (!rules || rules.some((r) => r.id.length === 0) || raw === '') bad();
        else state.sorting = rules.filter((r, i) => rules.findIndex((x) => x.id === r.id) === i);
        break;
      }
      case 'color':
      case 'cscale':
      case 'bins':
      case 'out':
      case 'appearance': {
        const spec = {
          color: ['colorBy', ['cluster', 'theme']],
          cscale: ['citationScale', ['linear', 'log']],
          bins: ['histogramBins', ['linear', 'log']],
          out: ['filteredOut', ['dim', 'hide']],
          appearance: ['theme', ['system', 'light', 'dark']],
        } as const;
        const [field, options] = spec[key];
        const value = oneOf(raw, options as readonly string[]);
        if (value === null) bad();
        else (view as unknown as Record<string, string>)[field] = value;
        break;
      }
      case 'vp': {
        const vp = finite(items, 3);
        if (!vp || vp[0]! <= 0) bad();
        else view.mapViewport = { k: vp[0]!, x: vp[1]!, y: vp[2]! };
        break;
      }
      case 'names': {
        const names: Record<number, string> = {};
        const ok = raw.split(',').every((item) => {
          const colon = item.indexOf(':');
          const id = Number(item.slice(0, colon));
          const name = decode(item.slice(colon + 1))?.trim();
          if (colon < 1 || !Number.isInteger(id) || id < 0 || !name) return false;
          names[id] = name;
          return true;
        });
        if (!ok) bad();
        else view.clusterNames = names;
        break;
      }
      default:
        ignored.push(`unknown parameter “${key}”`);
    }
  }
  return { state, ignored };
}

/** Drops the parts of a view state that name things the dataset does not have. */
export function fitViewStateToDataset(
  decoded: DecodedViewState,
  dataset: Pick<Dataset, 'papers' | 'themes' | 'clusters'>,
  sortable?: readonly string[],
): DecodedViewState {
  const ignored = [...decoded.ignored];
  const { filters, view } = decoded.state;
  const themeIds = new Set(dataset.themes.map((t) => t.id));
  const clusterIds = new Set(dataset.clusters.map((c) => c.id));
  const paperIds = new Set(dataset.papers.map((p) => p.id));
  const keep = <T>(items: readonly T[], known: Set<T>, what: string): T[] => {
    const kept = items.filter((i) => known.has(i));
    if (kept.length < items.length) ignored.push(`${items.length - kept.length} unknown ${what}`);
    return kept;
  };
  const themes = keep(filters.themes, themeIds, 'theme(s)');
  const clusters = keep(filters.clusters, clusterIds, 'cluster(s)');
  const mapSelection =
    filters.mapSelection && keep(filters.mapSelection, paperIds, 'paper(s) in the map selection');
  let selectedId = decoded.state.selectedId;
  if (selectedId !== null && !paperIds.has(selectedId)) {
    ignored.push('the selected paper is not in this dataset');
    selectedId = null;
  }
  const sorting = sortable
    ? keep(
        decoded.state.sorting.map((r) => r.id),
        new Set(sortable),
        'sort column(s)',
      )
    : null;
  const names = Object.fromEntries(
    Object.entries(view.clusterNames).filter(([id]) => clusterIds.has(Number(id))),
  );
  if (Object.keys(names).length < Object.keys(view.clusterNames).length)
    ignored.push('names of unknown clusters');
  return {
    state: {
      filters: { ...filters, themes, clusters, mapSelection },
      selectedId,
      sorting: sorting
        ? decoded.state.sorting.filter((r) => sorting.includes(r.id))
        : decoded.state.sorting,
      view: { ...view, clusterNames: names },
    },
    ignored,
  };
}
