import type { Paper } from '../data/types';
import { latexToPlain } from '../data/parse/latex';
import { isSafeHttpUrl } from '../data/parse/links';
import { formatInteger } from './caption';
import { slugify } from './file-name';

const SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Text made safe inside a BibTeX field: TeX specials escaped, whitespace collapsed. */
export function escapeBibtex(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\{}&%$#_~^]/g, (c) => SPECIAL[c]!);
}

/**
 * Citation keys for every paper of a dataset: first title word, year, and the paper id
 * ("deepseek-2025-1"). Computed over the whole dataset so a paper keeps its key under any filter.
 */
export function bibtexKeys(papers: readonly Paper[]): Map<string, string> {
  const keys = new Map<string, string>();
  const used = new Set<string>();
  for (const p of papers) {
    const word = slugify(latexToPlain(p.title)).split('-')[0] || 'paper';
    const base = [word, p.year, slugify(p.id, false) || 'x']
      .filter((x) => x !== undefined)
      .join('-');
    let key = base;
    for (let n = 2; used.has(key); n++) key = `${base}-${n}`;
    used.add(key);
    keys.set(p.id, key);
  }
  return keys;
}

/** One `@misc` entry: title, authors and year when known, a note with the citations, the URL. */
export function bibtexEntry(paper: Paper, key: string, datasetName: string): string {
  const fields: [string, string][] = [['title', `{${escapeBibtex(latexToPlain(paper.title))}}`]];
  if (paper.authors && paper.authors.length > 0)
    fields.push(['author', escapeBibtex(paper.authors.join(' and '))]);
  if (paper.year !== undefined) fields.push(['year', String(paper.year)]);
  if (paper.venue) fields.push(['howpublished', escapeBibtex(paper.venue)]);
  const where = datasetName ? `; rank ${paper.rank} in ${escapeBibtex(datasetName)}` : '';
  fields.push(['note', `Cited by ${formatInteger(paper.citations)}${where}`]);
  const url = [paper.github, ...paper.urls].find((u): u is string => !!u && isSafeHttpUrl(u));
  // Braces would end the field early; a URL that has them is left out rather than broken.
  if (url && !/[{}\s]/.test(url)) fields.push(['url', url]);
  const body = fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n');
  return `@misc{${key},\n${body}\n}\n`;
}

/** The papers as a BibTeX file; `allPapers` (the whole dataset) fixes the keys. */
export function papersToBibtex(
  papers: readonly Paper[],
  allPapers: readonly Paper[],
  datasetName: string,
): string {
  const keys = bibtexKeys(allPapers);
  return papers
    .map((p) => bibtexEntry(p, keys.get(p.id) ?? `paper-${slugify(p.id, false)}`, datasetName))
    .join('\n');
}
