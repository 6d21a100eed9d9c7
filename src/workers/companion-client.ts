import { readCompanionFile, type PaperDetails } from '../data/parse/companion-file';
import { whenIdle } from '../store/when-idle';
import type { CompanionReply, CompanionRequest } from './companion-protocol';

/**
 * Parses and checks a companion file in a Web Worker (on the main thread where there are no
 * workers, e.g. in tests), then hands its details over in slices, `from` being the first paper's
 * index. Nothing is handed over unless the whole file fits; otherwise it rejects with the check's
 * message. Each slice is asked for when the main thread is idle, so taking the details in (and
 * the garbage collection that follows) does not land in the middle of the user's interactions.
 */
export async function readCompanionBlob(
  blob: Blob,
  source: string,
  papers: number,
  onSlice: (from: number, details: readonly PaperDetails[]) => void,
): Promise<void> {
  if (typeof Worker === 'undefined') {
    onSlice(0, readCompanionFile(await blob.text(), source, papers));
    return;
  }
  const worker = new Worker(new URL('./companion.worker.ts', import.meta.url), {
    type: 'module',
    name: 'paperscope-companion',
  });
  let answer: (reply: CompanionReply) => void = () => {};
  let fail: (error: Error) => void = () => {};
  const ask = (request: CompanionRequest) =>
    new Promise<CompanionReply>((resolve, reject) => {
      answer = resolve;
      fail = reject;
      worker.postMessage(request);
    });
  worker.onmessage = (event: MessageEvent<CompanionReply>) => answer(event.data);
  worker.onerror = (event) => fail(new Error(event.message || 'the companion reader failed'));
  try {
    let reply = await ask({ blob, source, papers });
    while (!('done' in reply)) {
      if ('error' in reply) throw new Error(reply.error);
      if ('from' in reply) onSlice(reply.from, reply.details);
      await new Promise<void>((resolve) => whenIdle(() => resolve(), 1000));
      reply = await ask({ next: true });
    }
  } finally {
    worker.terminate();
  }
}
