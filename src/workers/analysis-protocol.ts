import type { PipelineResult } from '../data/pipeline';
import type { Paper } from '../data/types';

/** What the page asks the analysis worker. */
export interface AnalysisRequest {
  type: 'analyse';
  papers: Paper[];
  seed: number;
}

/** What the analysis worker answers: progress, then a result or an error. */
export type AnalysisMessage =
  | { type: 'progress'; stage: string; fraction: number }
  | { type: 'done'; result: PipelineResult; ms: number }
  | { type: 'error'; message: string };
