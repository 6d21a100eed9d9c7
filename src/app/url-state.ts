import type { Dataset } from '../data/types';
import type { AppStore } from '../store/create-store';
import { whenIdle } from '../store/when-idle';
import {
  applyViewState,
  captureViewState,
  decodeViewState,
  encodeViewState,
  fitViewStateToDataset,
  type DecodedViewState,
  type ViewState,
} from '../store/view-state';

/** The table's sortable column ids; a link naming another column is ignored with a notice. */
export const SORTABLE_COLUMNS = ['rank', 'title', 'themes', 'citations', 'code'] as const;

/** Pause after which a run of typing or brushing becomes its own Back/Forward step. */
export const QUIET_MS = 600;

/** The longest a URL write waits for an idle moment (a busy page still gets its URL). */
const IDLE_WAIT_MS = 500;

/** The view state a URL's query string describes, fitted to the dataset (pure). */
export function readViewFromSearch(
  search: string,
  dataset: Pick<Dataset, 'papers' | 'themes' | 'clusters'>,
): DecodedViewState {
  return fitViewStateToDataset(decodeViewState(search), dataset, SORTABLE_COLUMNS);
}

/** `href` with its query replaced by the view state; `data=` (the dataset URL) and the hash kept verbatim (pure). */
export function urlWithViewState(href: string, state: ViewState): string {
  const hashAt = href.indexOf('#');
  const hash = hashAt < 0 ? '' : href.slice(hashAt);
  const noHash = hashAt < 0 ? href : href.slice(0, hashAt);
  const queryAt = noHash.indexOf('?');
  const base = queryAt < 0 ? noHash : noHash.slice(0, queryAt);
  const query = queryAt < 0 ? '' : noHash.slice(queryAt + 1);
  const data = query.split('&').filter((pair) => pair === 'data' || pair.startsWith('data='));
  const parts = [...data, encodeViewState(state)].filter((p) => p.length > 0);
  return `${base}${parts.length > 0 ? `?${parts.join('&')}` : ''}${hash}`;
}

/** A sentence for the notice bar about link parts that were ignored, or null when none were. */
export function ignoredNotice(ignored: readonly string[]): string | null {
  return ignored.length === 0 ? null : `Part of the link was ignored: ${ignored.join('; ')}.`;
}

/**
 * True when `next` differs from `prev` only in things changed continuously (typing, brushing,
 * zooming, lassoing, stepping through rows), whose runs are coalesced into one history step (pure).
 */
export function isContinuousChange(prev: ViewState, next: ViewState): boolean {
  const a = prev.filters;
  const b = next.filters;
  return (
    prev.sorting === next.sorting &&
    a.themes === b.themes &&
    a.themeMode === b.themeMode &&
    a.clusters === b.clusters &&
    prev.view.colorBy === next.view.colorBy &&
    prev.view.citationScale === next.view.citationScale &&
    prev.view.histogramBins === next.view.histogramBins &&
    prev.view.filteredOut === next.view.filteredOut &&
    prev.view.clusterNames === next.view.clusterNames &&
    prev.view.theme === next.view.theme
  );
}

/**
 * Keeps the URL in step with the store: discrete changes push a history entry, a run of
 * continuous ones pushes one entry and replaces it with the final state after QUIET_MS of quiet; Back/Forward
 * (popstate) put the URL's view back into the store. Returns the function that stops it.
 */
export function startUrlSync(store: AppStore, win: Window = window): () => void {
  let burst: ReturnType<typeof setTimeout> | null = null;
  let restoring = false;
  const endBurst = () => {
    if (burst !== null) clearTimeout(burst);
    burst = null;
  };
  // Building the URL and writing history cost milliseconds per change (pushState alone 5–12 ms
  // here): they wait for the first idle moment after the next paint, at most once a frame, so
  // they run after the views' post-paint work instead of delaying it. A push asked for in that
  // frame wins over replaces, so each discrete change or burst still gets its history entry.
  let pendingPush = false;
  let scheduled = false;
  let stopped = false;
  const flush = () => {
    scheduled = false;
    const push = pendingPush;
    pendingPush = false;
    if (stopped) return;
    const url = urlWithViewState(win.location.href, captureViewState(store.getState()));
    if (url === win.location.href) return;
    if (push) win.history.pushState(null, '', url);
    else win.history.replaceState(null, '', url);
  };
  const schedule = (push: boolean) => {
    pendingPush ||= push;
    if (scheduled) return;
    scheduled = true;
    const afterPaint = () => whenIdle(flush, IDLE_WAIT_MS);
    if (typeof win.requestAnimationFrame === 'function') win.requestAnimationFrame(afterPaint);
    else afterPaint();
  };
  const unsubscribe = store.subscribe((state, prev) => {
    if (restoring) return;
    const next = captureViewState(state);
    const before = captureViewState(prev);
    if (
      next.filters === before.filters &&
      next.selectedId === before.selectedId &&
      next.sorting === before.sorting &&
      next.view === before.view
    )
      return;
    if (isContinuousChange(before, next)) {
      // The burst's first change pushes an entry; the rest are written once, when the input
      // rests: rewriting the URL every frame of a brush or zoom showed in its frame times.
      if (burst === null) schedule(true);
      else clearTimeout(burst);
      burst = setTimeout(() => {
        burst = null;
        schedule(false);
      }, QUIET_MS);
    } else {
      endBurst();
      schedule(true);
    }
  });
  const onPopState = () => {
    endBurst();
    const state = store.getState();
    const { state: view, ignored } = readViewFromSearch(win.location.search, state.dataset);
    restoring = true;
    try {
      applyViewState(store, view);
    } finally {
      restoring = false;
    }
    const notice = ignoredNotice(ignored);
    if (notice) state.actions.notify(notice);
  };
  win.addEventListener('popstate', onPopState);
  return () => {
    stopped = true;
    endBurst();
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
  };
}
