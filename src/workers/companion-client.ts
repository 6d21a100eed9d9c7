import { readCompanionFile, type PaperDetails } from '../data/parse/companion-file';
import type { CompanionReply, CompanionRequest } from './companion-protocol';

/**
 * Parses and checks a companion file in a Web Worker (on the main thread where there are no
 * workers, e.g. in tests), then hands its details over in slices, `from` being the first paper's
 * index. Nothing is handed over unless the whole file fits; otherwise it rejects with the check's
 * message.
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
  try {
    await new Promise<void>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<CompanionReply>) => {
        const reply = event.data;
        if ('error' in reply) reject(new Error(reply.error));
        else if ('done' in reply) resolve();
        else onSlice(reply.from, reply.details);
      };
      worker.onerror = (event) => reject(new Error(event.message || 'the companion reader failed'));
      const request: CompanionRequest = { blob, source, papers };
      worker.postMessage(request);
    });
  } finally {
    worker.terminate();
  }
}
