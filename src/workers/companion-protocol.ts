import type { PaperDetails } from '../data/parse/companion-file';

/**
 * What the main thread sends the companion worker: the file to read (a Blob is passed by
 * reference), then one `next` for each slice of details it is ready to take in.
 */
export type CompanionRequest =
  | {
      blob: Blob;
      /** The file's name, for messages. */
      source: string;
      /** How many papers the dataset has: the file must hold one entry for each. */
      papers: number;
    }
  | { next: true };

/**
 * The worker's replies: `checked` once the whole file fits (or the message saying what is wrong
 * with it), then for each `next` a slice of consecutive papers' details, or `done` after the last.
 */
export type CompanionReply =
  | { checked: true }
  | { from: number; details: PaperDetails[] }
  | { done: true }
  | { error: string };
