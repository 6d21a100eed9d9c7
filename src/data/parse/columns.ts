// Which input column feeds which paper field, and the guess made from header names.

/** The paper fields a column (CSV, TSV, JSON records) can be mapped to. */
export type FieldName =
  'title' | 'abstract' | 'citations' | 'year' | 'authors' | 'venue' | 'url' | 'rank';

/** The mappable fields in the order the mapping step shows them. */
export const FIELDS: readonly FieldName[] = [
  'title',
  'abstract',
  'citations',
  'year',
  'authors',
  'venue',
  'url',
  'rank',
];

/** Which column feeds each field; a missing field is not imported. */
export type ColumnMapping = Partial<Record<FieldName, string>>;

const SYNONYMS: Record<FieldName, string[]> = {
  title: [
    'title',
    'papertitle',
    'articletitle',
    'documenttitle',
    'displayname',
    'name',
    'paper',
    'headline',
  ],
  abstract: [
    'abstract',
    'summary',
    'abstractnote',
    'abstractinvertedindex',
    'description',
    'tldr',
    'text',
  ],
  citations: [
    'citations',
    'citationcount',
    'citedby',
    'citedbycount',
    'ncitations',
    'numcitations',
    'timescited',
    'cites',
    'citation',
    'citationscount',
    'totalcitations',
  ],
  year: [
    'year',
    'publicationyear',
    'pubyear',
    'yearpublished',
    'date',
    'publicationdate',
    'published',
    'issued',
  ],
  authors: ['authors', 'author', 'authornames', 'authorships', 'creators', 'creator', 'by'],
  venue: [
    'venue',
    'journal',
    'booktitle',
    'conference',
    'sourcetitle',
    'publication',
    'journalname',
    'containertitle',
    'source',
    'primarylocation',
    'hostvenue',
    'publisher',
  ],
  url: [
    'url',
    'link',
    'href',
    'articleurl',
    'paperurl',
    'landingpageurl',
    'uri',
    'doi',
    'pdf',
    'pdfurl',
    'fulltexturl',
    'arxiv',
    'landingpage',
    'id',
  ],
  rank: ['rank', 'position', 'no', 'number', 'index'],
};

const normalise = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Guesses which column holds each field from the header names; each column is used once. */
export function guessMapping(columns: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const used = new Set<string>();
  for (const field of FIELDS) {
    // Synonyms are ordered best first, so an exact "doi" loses to an exact "url".
    for (const synonym of SYNONYMS[field]) {
      const column = columns.find((c) => !used.has(c) && normalise(c) === synonym);
      if (column !== undefined) {
        mapping[field] = column;
        used.add(column);
        break;
      }
    }
  }
  return mapping;
}
