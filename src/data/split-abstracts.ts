import type { Dataset } from './types';

/**
 * A dataset in the split form of the interchange format (docs/data-format.md): the papers with
 * empty abstracts and an `abstracts` reference to `companionName`, and the companion's content,
 * one abstract per paper in the same order. Large lists open faster this way: the dashboard
 * reads the companion after its first paint.
 */
export function splitAbstracts(dataset: Dataset, companionName: string): [Dataset, string[]] {
  const abstracts = dataset.papers.map((p) => p.abstract);
  const papers = dataset.papers.map((p) => ({ ...p, abstract: '' }));
  return [{ ...dataset, papers, abstracts: companionName }, abstracts];
}

/** The companion abstracts file's name for a dataset file: `x.json` → `x.abstracts.json`. */
export function companionFileName(datasetFile: string): string {
  return `${datasetFile.replace(/\.json$/i, '')}.abstracts.json`;
}
