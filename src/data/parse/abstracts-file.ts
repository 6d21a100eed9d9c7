// A dataset may keep its abstracts in a companion file (docs/data-format.md): a JSON array of
// strings, one per paper, in the order of `papers`. The app reads it after its first paint, so
// a wrong file must be told apart from a right one here, before any paper is touched.

const count = (n: number) => n.toLocaleString('en');

/** How a JSON value that should have been a string is named in a message. */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number') return `the number ${value}`;
  return `a ${typeof value}`;
}

/**
 * The abstracts in a companion file's text, checked against the dataset's `papers` count.
 * Throws an Error naming the file (`source`), what it holds and what was expected.
 */
export function readAbstractsFile(text: string, source: string, papers: number): string[] {
  const expected = `an array of ${count(papers)} strings, one per paper`;
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new Error(`abstracts file ${source} is not valid JSON; expected ${expected}`);
  }
  if (!Array.isArray(value))
    throw new Error(`abstracts file ${source} holds ${describe(value)}; expected ${expected}`);
  if (value.length !== papers)
    throw new Error(
      `abstracts file ${source} has ${count(value.length)} ${value.length === 1 ? 'entry' : 'entries'}; expected ${count(papers)}, one per paper`,
    );
  const i = value.findIndex((v) => typeof v !== 'string');
  if (i >= 0)
    throw new Error(
      `abstracts file ${source}: entry ${count(i + 1)} is ${describe(value[i])}; expected a string`,
    );
  return value as string[];
}
