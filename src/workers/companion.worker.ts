/// <reference lib="webworker" />
// Reads a companion file off the main thread: at 100,000 papers it is ~65 MB of JSON, whose parse
// would otherwise block the page just as the user starts to work in it.
import { readCompanionFile } from '../data/parse/companion-file';
import type { CompanionReply, CompanionRequest } from './companion-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** Papers per reply: the main thread takes in one slice per task, a few ms each at most. */
const SLICE = 1000;

scope.onmessage = async (event: MessageEvent<CompanionRequest>) => {
  const { blob, source, papers } = event.data;
  const reply = (message: CompanionReply) => scope.postMessage(message);
  try {
    const details = readCompanionFile(await blob.text(), source, papers);
    for (let from = 0; from < details.length; from += SLICE)
      reply({ from, details: details.slice(from, from + SLICE) });
    reply({ done: true });
  } catch (error) {
    reply({ error: error instanceof Error ? error.message : String(error) });
  }
};
