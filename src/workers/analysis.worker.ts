/// <reference lib="webworker" />
// Runs the analysis pipeline off the main thread, so the page stays responsive while it works.
import { runPipeline } from '../data/pipeline';
import type { AnalysisMessage, AnalysisRequest } from './analysis-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: AnalysisMessage) => scope.postMessage(message);

scope.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const { papers, seed } = event.data;
  const started = performance.now();
  try {
    const result = runPipeline(papers, {
      seed,
      onProgress: (stage, fraction) => post({ type: 'progress', stage, fraction }),
    });
    post({ type: 'done', result, ms: Math.round(performance.now() - started) });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
