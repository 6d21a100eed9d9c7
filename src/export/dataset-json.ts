import type { Dataset, Paper } from '../data/types';

/**
 * The interchange-format dataset of a subset of papers. Themes and clusters stay in full, in
 * order (their colours come from their index), with counts and sizes recounted for the subset.
 */
export function subsetDataset(dataset: Dataset, papers: readonly Paper[]): Dataset {
  const themeCount = new Map<string, number>();
  const clusterSize = new Map<number, number>();
  for (const p of papers) {
    for (const t of p.themes ?? []) themeCount.set(t, (themeCount.get(t) ?? 0) + 1);
    if (p.cluster !== undefined) clusterSize.set(p.cluster, (clusterSize.get(p.cluster) ?? 0) + 1);
  }
  return {
    name: dataset.name,
    papers: [...papers],
    themes: dataset.themes.map((t) => ({ ...t, count: themeCount.get(t.id) ?? 0 })),
    clusters: dataset.clusters.map((c) => ({ ...c, size: clusterSize.get(c.id) ?? 0 })),
  };
}

/** The subset as pretty JSON text, ready to save and re-import. */
export function datasetToJson(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`;
}
