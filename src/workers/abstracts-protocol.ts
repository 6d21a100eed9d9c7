/** What the main thread sends the abstracts worker: the file (a Blob is passed by reference). */
export interface AbstractsRequest {
  blob: Blob;
  /** The file's name, for messages. */
  source: string;
  /** How many papers the dataset has: the file must hold one abstract for each. */
  papers: number;
}

/** The abstracts, or the message saying what is wrong with the file. */
export type AbstractsReply = { abstracts: string[] } | { error: string };
