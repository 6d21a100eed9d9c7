/// <reference lib="webworker" />
// Reads a companion abstracts file off the main thread: at 100,000 papers it is ~50 MB of JSON,
// whose parse would otherwise block the page just as the user starts to work in it.
import { readAbstractsFile } from '../data/parse/abstracts-file';
import type { AbstractsReply, AbstractsRequest } from './abstracts-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<AbstractsRequest>) => {
  const { blob, source, papers } = event.data;
  let reply: AbstractsReply;
  try {
    reply = { abstracts: readAbstractsFile(await blob.text(), source, papers) };
  } catch (error) {
    reply = { error: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(reply);
};
