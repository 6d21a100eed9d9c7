import { latexToPlain } from '../../data/parse/latex';
import { formatCount as count } from '../../data/format';
import type { Paper } from '../../data/types';

/** What the live region says about a paper: "Paper 12: Title, 345 citations, cluster X". */
export function describePaper(paper: Paper, clusterName: string | undefined): string {
  const cluster = clusterName ? `, cluster ${clusterName}` : '';
  const outlier = paper.outlier ? ', outlier' : '';
  return `Paper ${paper.rank}: ${latexToPlain(paper.title)}, ${count(paper.citations)} citation${paper.citations === 1 ? '' : 's'}${cluster}${outlier}`;
}

/** The visible status of the map: "N of M papers highlighted". */
export function highlightSummary(highlighted: number, total: number): string {
  return `${count(highlighted)} of ${count(total)} papers highlighted`;
}
