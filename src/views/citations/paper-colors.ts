import { useMemo } from 'react';
import type { Paper } from '../../data/types';
import { useAppStore } from '../../store/context';
import { categoryColor } from '../shared/colors';
import { useThemeStyles } from '../shared/theme-chips';
import type { LegendItem } from './chart-parts';

/** Grey for papers without a theme or cluster (the analysis has not run, or found none). */
export const NO_GROUP_COLOR = '#8a8a94';

export interface PaperColors {
  colorBy: 'theme' | 'cluster';
  /** Group key and colour of a paper under the current colour-by. */
  groupOf(paper: Paper): LegendItem;
}

/** How the charts colour papers: by first theme or by cluster, as the store's `view.colorBy` says. */
export function usePaperColors(): PaperColors {
  const colorBy = useAppStore((s) => s.view.colorBy);
  const clusters = useAppStore((s) => s.dataset.clusters);
  const names = useAppStore((s) => s.view.clusterNames);
  const themeStyles = useThemeStyles();
  return useMemo(() => {
    const clusterLabels = new Map(clusters.map((c) => [c.id, names[c.id] ?? c.label]));
    const none = (what: string): LegendItem => ({
      key: 'none',
      label: `No ${what}`,
      color: NO_GROUP_COLOR,
    });
    const groupOf =
      colorBy === 'theme'
        ? (p: Paper): LegendItem => {
            const id = p.themes?.[0];
            const style = id === undefined ? undefined : themeStyles.get(id);
            return id !== undefined && style
              ? { key: id, label: style.label, color: style.color }
              : none('theme');
          }
        : (p: Paper): LegendItem =>
            p.cluster === undefined
              ? none('cluster')
              : {
                  key: String(p.cluster),
                  label: clusterLabels.get(p.cluster) ?? `Cluster ${p.cluster}`,
                  color: categoryColor(p.cluster),
                };
    return { colorBy, groupOf };
  }, [colorBy, clusters, names, themeStyles]);
}

/** The distinct groups of some papers, in first-seen order ("No …" last). */
export function legendFor(papers: readonly Paper[], colors: PaperColors): LegendItem[] {
  const seen = new Map<string, LegendItem>();
  for (const p of papers) {
    const g = colors.groupOf(p);
    if (!seen.has(g.key)) seen.set(g.key, g);
  }
  const none = seen.get('none');
  seen.delete('none');
  return none ? [...seen.values(), none] : [...seen.values()];
}
