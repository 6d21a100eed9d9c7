import { readAbstractsFile } from '../data/parse/abstracts-file';
import type { AbstractsReply, AbstractsRequest } from './abstracts-protocol';

/**
 * Parses and checks a companion abstracts file in a Web Worker (on the main thread where there
 * are no workers, e.g. in tests). Rejects with the check's message when the file does not fit.
 */
export async function readAbstractsBlob(
  blob: Blob,
  source: string,
  papers: number,
): Promise<string[]> {
  if (typeof Worker === 'undefined') return readAbstractsFile(await blob.text(), source, papers);
  const worker = new Worker(new URL('./abstracts.worker.ts', import.meta.url), {
    type: 'module',
    name: 'paperscope-abstracts',
  });
  try {
    const reply = await new Promise<AbstractsReply>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<AbstractsReply>) => resolve(event.data);
      worker.onerror = (event) => reject(new Error(event.message || 'the abstracts reader failed'));
      const request: AbstractsRequest = { blob, source, papers };
      worker.postMessage(request);
    });
    if ('error' in reply) throw new Error(reply.error);
    return reply.abstracts;
  } finally {
    worker.terminate();
  }
}
