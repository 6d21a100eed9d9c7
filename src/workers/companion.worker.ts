/// <reference lib="webworker" />
// Reads a companion file off the main thread: at 100,000 papers it is ~65 MB of JSON, whose parse
// would otherwise block the page just as the user starts to work in it.
import { readCompanionFile, type PaperDetails } from '../data/parse/companion-file';
import type { CompanionReply, CompanionRequest } from './companion-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** Papers per slice: taking one in costs the main thread a few milliseconds at most. */
const SLICE = 1000;

let details: PaperDetails[] = [];
let sent = 0;

scope.onmessage = async (event: MessageEvent<CompanionRequest>) => {
  const reply = (message: CompanionReply) => scope.postMessage(message);
  const request = event.data;
  if ('next' in request) {
    if (sent >= details.length) return reply({ done: true });
    reply({ from: sent, details: details.slice(sent, sent + SLICE) });
    sent += SLICE;
    return;
  }
  try {
    details = readCompanionFile(await request.blob.text(), request.source, request.papers);
    sent = 0;
    reply({ checked: true });
  } catch (error) {
    reply({ error: error instanceof Error ? error.message : String(error) });
  }
};
