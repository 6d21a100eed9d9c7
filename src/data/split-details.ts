import type { PaperDetails } from './parse/companion-file';
import type { Dataset, Paper } from './types';

/** One paper's companion entry: its abstract alone as a string, else an object of details. */
function companionEntry(paper: Paper): string | PaperDetails {
  const { abstract, themeEvidence, similar, similarScores } = paper;
  if (themeEvidence === undefined && similar === undefined && similarScores === undefined)
    return abstract;
  return { abstract, themeEvidence, similar, similarScores };
}

/**
 * A dataset in the split form of the interchange format (docs/data-format.md): the papers with
 * empty abstracts and without theme evidence or similar papers, an `abstracts` reference to
 * `companionName`, and the companion's entries, one per paper in the same order. Large lists
 * open faster this way: the dashboard reads the companion after its first paint.
 */
export function splitDetails(
  dataset: Dataset,
  companionName: string,
): [Dataset, (string | PaperDetails)[]] {
  const entries = dataset.papers.map(companionEntry);
  const papers = dataset.papers.map((paper) => {
    const lean: Paper = { ...paper, abstract: '' };
    delete lean.themeEvidence;
    delete lean.similar;
    delete lean.similarScores;
    return lean;
  });
  return [{ ...dataset, papers, abstracts: companionName }, entries];
}

/** The companion file's name for a dataset file: `x.json` → `x.abstracts.json`. */
export function companionFileName(datasetFile: string): string {
  return `${datasetFile.replace(/\.json$/i, '')}.abstracts.json`;
}
