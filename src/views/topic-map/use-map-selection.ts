import { useState } from 'react';
import type { Paper } from '../../data/types';
import { useActions, useAppStoreApi } from '../../store/context';
import { noteInput } from '../shared/perf';
import { pointsInPolygon, polygonArea, type Vec } from './geometry';
import type { MapLayout, ViewScales } from './map-model';

/**
 * The map selection filter as the map sets it: from a lasso (kept in data space so its outline
 * follows zoom), from Shift+Enter on single papers, or cleared. Returns the outline to draw,
 * which is shown only while the store still holds the ids that lasso produced.
 */
export function useMapSelection(
  papers: readonly Paper[],
  layout: MapLayout,
  announce: (text: string) => void,
) {
  const actions = useActions();
  const store = useAppStoreApi();
  const [lasso, setLasso] = useState<{ polygon: Vec[]; ids: string[] } | null>(null);

  const finishLasso = (polygon: Vec[], scales: ViewScales, event: { timeStamp: number }) => {
    if (polygon.length < 3 || polygonArea(polygon) < 16) return; // a click, handled by onClick
    const data = polygon.map(([x, y]) => scales.invert(x, y));
    const hits = pointsInPolygon(layout.points.x, layout.points.y, data);
    noteInput('filter', event);
    if (hits.length === 0) {
      setLasso(null);
      actions.setMapSelection(null);
      announce('No papers inside the lasso; map selection cleared.');
      return;
    }
    const ids = hits.map((i) => papers[layout.paper[i]!]!.id);
    setLasso({ polygon: data, ids });
    actions.setMapSelection(ids);
    announce(`${ids.length} papers in the map selection.`);
  };

  const clear = (event: { timeStamp: number } | null) => {
    noteInput('filter', event);
    setLasso(null);
    actions.setMapSelection(null);
  };

  const toggle = (i: number, event: { timeStamp: number }) => {
    const id = papers[layout.paper[i]!]!.id;
    const current = store.getState().filters.mapSelection ?? [];
    const had = current.includes(id);
    const next = had ? current.filter((x) => x !== id) : [...current, id];
    noteInput('filter', event);
    setLasso(null);
    actions.setMapSelection(next.length > 0 ? next : null);
    announce(`${had ? 'Removed from' : 'Added to'} the map selection: ${next.length} papers.`);
  };

  const outline =
    lasso !== null && store.getState().filters.mapSelection === lasso.ids ? lasso.polygon : null;
  return { finishLasso, clear, toggle, outline };
}
