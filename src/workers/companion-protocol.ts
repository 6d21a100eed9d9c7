import type { PaperDetails } from '../data/parse/companion-file';

/** What the main thread sends the companion worker: the file (a Blob is passed by reference). */
export interface CompanionRequest {
  blob: Blob;
  /** The file's name, for messages. */
  source: string;
  /** How many papers the dataset has: the file must hold one entry for each. */
  papers: number;
}

/**
 * The worker's replies: once the whole file is checked, its details in consecutive slices (each
 * a short task to take in on the main thread), then `done`; or the message saying what is wrong
 * with the file, before any slice.
 */
export type CompanionReply =
  { from: number; details: PaperDetails[] } | { done: true } | { error: string };
