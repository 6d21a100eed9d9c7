import type { PipelineResult } from '../data/pipeline';
import type { Paper } from '../data/types';
import type { AnalysisMessage, AnalysisRequest } from './analysis-protocol';

/** Progress of a running analysis: the pipeline's stage and an overall fraction in [0, 1]. */
export interface AnalysisProgress {
  stage: string;
  fraction: number;
}

export interface AnalysisOptions {
  seed?: number;
  onProgress?: (progress: AnalysisProgress) => void;
}

/** A running analysis: its result, and Cancel (which stops the worker at once). */
export interface AnalysisJob {
  result: Promise<PipelineResult & { ms: number }>;
  cancel(): void;
}

/** Thrown (as the job's rejection) when the user cancels. */
export class AnalysisCancelled extends Error {
  constructor() {
    super('The analysis was cancelled.');
    this.name = 'AnalysisCancelled';
  }
}

// Share of the total CPU time each pipeline stage took on 10,000 papers (Node, after the
// single-pass tokeniser; outlier detection runs inside "clusters"): the pipeline reports only
// stage starts and ends, so the bar is weighted by these.
const STAGE_WEIGHTS: Record<string, number> = {
  tokenising: 10,
  themes: 4,
  vectors: 7,
  similar: 34,
  layout: 30,
  clusters: 14,
  outliers: 1,
};
const STAGES = Object.keys(STAGE_WEIGHTS);
const TOTAL = Object.values(STAGE_WEIGHTS).reduce((a, b) => a + b, 0);
/** Rough cost per paper (ms) for the estimate that moves the bar inside a long stage. */
const MS_PER_PAPER = 4.5;

/** Overall fraction for a stage and its own fraction (stages in pipeline order). */
export function overallFraction(stage: string, fraction: number): number {
  const index = STAGES.indexOf(stage);
  if (index < 0) return 0;
  const before = STAGES.slice(0, index).reduce((sum, s) => sum + STAGE_WEIGHTS[s]!, 0);
  return Math.min(1, (before + STAGE_WEIGHTS[stage]! * Math.min(1, Math.max(0, fraction))) / TOTAL);
}

/**
 * Runs `runPipeline` in a Web Worker. Inside a stage the bar creeps towards the stage's end on
 * a time estimate (never past 95% of it), so a long stage does not look stuck.
 */
export function startAnalysis(papers: Paper[], options: AnalysisOptions = {}): AnalysisJob {
  const worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), {
    type: 'module',
    name: 'paperscope-analysis',
  });
  let timer: ReturnType<typeof setInterval> | undefined;
  let settle: ((error: Error) => void) | undefined;
  const stop = () => {
    clearInterval(timer);
    worker.terminate();
  };
  const result = new Promise<PipelineResult & { ms: number }>((resolve, reject) => {
    settle = reject;
    let stage = STAGES[0]!;
    let stageStarted = performance.now();
    let reported = 0;
    const report = (fraction: number) => {
      reported = Math.max(reported, fraction);
      options.onProgress?.({ stage, fraction: reported });
    };
    const expectedMs = (s: string) =>
      Math.max(300, (MS_PER_PAPER * papers.length * (STAGE_WEIGHTS[s] ?? 0)) / TOTAL);
    timer = setInterval(() => {
      const inStage =
        0.95 * (1 - Math.exp(-(performance.now() - stageStarted) / expectedMs(stage)));
      report(overallFraction(stage, inStage));
    }, 250);
    worker.onmessage = (event: MessageEvent<AnalysisMessage>) => {
      const message = event.data;
      if (message.type === 'progress') {
        if (message.stage !== stage || message.fraction === 0) stageStarted = performance.now();
        stage = message.stage;
        // 100% only once the result is here: copying it back and drawing it takes a moment.
        const overall = overallFraction(stage, message.fraction);
        if (overall >= 1) stage = 'finishing';
        report(Math.min(0.99, overall));
      } else if (message.type === 'done') {
        stop();
        report(1);
        resolve({ ...message.result, ms: message.ms });
      } else {
        stop();
        reject(new Error(`The analysis failed: ${message.message}`));
      }
    };
    worker.onerror = (event) => {
      stop();
      reject(new Error(`The analysis failed: ${event.message || 'the worker could not start'}`));
    };
    const request: AnalysisRequest = { type: 'analyse', papers, seed: options.seed ?? 42 };
    worker.postMessage(request);
    report(0);
  });
  return {
    result,
    cancel: () => {
      stop();
      settle?.(new AnalysisCancelled());
    },
  };
}
