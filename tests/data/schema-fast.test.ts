import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasetSchema, validateDataset } from '../../src/data/schema';
import { isExactDataset } from '../../src/data/schema-fast';

const seed = JSON.parse(readFileSync('data/best-nlp-papers-2025.json', 'utf8')) as {
  papers: Record<string, unknown>[];
};

const paper = (extra: Record<string, unknown> = {}) => ({
  id: '1',
  rank: 1,
  title: 'A',
  citations: 3,
  abstract: '',
  github: null,
  urls: [],
  ...extra,
});
const dataset = (papers: unknown[], extra: Record<string, unknown> = {}) => ({
  name: 'x',
  papers,
  themes: [],
  clusters: [],
  ...extra,
});

describe('isExactDataset', () => {
  it('accepts the shipped dataset, and validateDataset then returns it without a copy', () => {
    expect(isExactDataset(seed)).toBe(true);
    expect(validateDataset(seed)).toBe(seed);
  });

  it('leaves unknown keys and missing defaults to the schema, which strips and fills them', () => {
    const extraKey = dataset([paper({ note: 'kept out' })]);
    expect(isExactDataset(extraKey)).toBe(false);
    expect(validateDataset(extraKey).papers[0]).not.toHaveProperty('note');
    const noUrls = dataset([{ ...paper(), urls: undefined }]);
    delete (noUrls.papers[0] as { urls?: unknown }).urls;
    expect(isExactDataset(noUrls)).toBe(false);
    expect(validateDataset(noUrls).papers[0]!.urls).toEqual([]);
  });

  it('treats keys named like Object members as unknown, without throwing', () => {
    for (const key of ['__proto__', 'toString', 'constructor', 'hasOwnProperty']) {
      const candidate = JSON.parse(
        JSON.stringify(dataset([paper()])).replace('"id"', `"${key}":1,"id"`),
      );
      expect(isExactDataset(candidate)).toBe(false);
    }
  });

  it('refuses what the schema refuses: bad links, non-integer ranks, null optionals, Infinity', () => {
    for (const bad of [
      paper({ github: 'javascript:alert(1)' }),
      paper({ urls: ['ftp://x.org'] }),
      paper({ rank: 1.5 }),
      paper({ citations: -1 }),
      paper({ year: null }),
      paper({ x: Infinity }),
      paper({ title: '' }),
      paper({ themeEvidence: { rl: [{ term: 't', field: 'body', weight: 1 }] } }),
    ]) {
      expect(isExactDataset(dataset([bad]))).toBe(false);
      expect(() => validateDataset(dataset([bad]))).toThrow(/not a paperscope dataset/);
    }
  });

  it('accepts an "abstracts" companion file, and then only papers with empty abstracts', () => {
    const split = dataset([paper(), paper({ id: '2' })], { abstracts: 'x.abstracts.json' });
    expect(isExactDataset(split)).toBe(true);
    expect(validateDataset(split)).toBe(split);
    const viaSchema = datasetSchema.parse({ ...split, themes: undefined });
    expect(viaSchema.abstracts).toBe('x.abstracts.json');
    const both = dataset([paper(), paper({ id: '2', abstract: 'Inline.' })], {
      abstracts: 'x.abstracts.json',
    });
    expect(isExactDataset(both)).toBe(false);
    expect(() => validateDataset(both)).toThrow(
      'record 2: not a paperscope dataset: papers.1.abstract: must be "" when the abstracts are in a separate file ("abstracts")',
    );
    for (const bad of ['', 3, null]) {
      expect(isExactDataset(dataset([paper()], { abstracts: bad }))).toBe(false);
      expect(() => validateDataset(dataset([paper()], { abstracts: bad }))).toThrow(/abstracts: /);
    }
  });

  it('never accepts what the schema would reject or change (seeded property)', () => {
    const value = fc.oneof(
      fc.constant(undefined),
      fc.constant(null),
      fc.integer({ min: -3, max: 3 }),
      fc.double(),
      fc.string({ maxLength: 3 }),
      fc.constant('https://example.org/a'),
      fc.constant(['https://example.org/a']),
      fc.array(fc.string({ maxLength: 2 }), { maxLength: 2 }),
      fc.constant({ t: [{ term: 'a', field: 'title', weight: 1 }] }),
      fc.boolean(),
    );
    const keys = fc.constantFrom(
      'id',
      'rank',
      'title',
      'citations',
      'abstract',
      'github',
      'urls',
      'year',
      'themes',
      'themeEvidence',
      'cluster',
      'x',
      'similar',
      'similarScores',
      'outlier',
      'extra',
    );
    const mutatedPaper = fc.record({ key: keys, value }).map(({ key, value: v }) => {
      const p: Record<string, unknown> = { ...seed.papers[0]! };
      if (v === undefined) delete p[key];
      else p[key] = v;
      return dataset([p]);
    });
    // Dataset-level keys too, with papers whose abstracts are empty or not (the "abstracts" rule).
    const datasetKeys = fc.constantFrom('name', 'themes', 'clusters', 'abstracts', 'extra');
    const mutatedDataset = fc
      .record({ key: datasetKeys, value, abstract: fc.constantFrom('', 'Inline.') })
      .map(({ key, value: v, abstract }) => {
        const d: Record<string, unknown> = dataset([{ ...seed.papers[0]!, abstract }]);
        if (v === undefined) delete d[key];
        else d[key] = v;
        return d;
      });
    const mutated = fc.oneof(mutatedPaper, mutatedDataset);
    fc.assert(
      fc.property(mutated, (candidate) => {
        if (!isExactDataset(candidate)) return;
        const reference = datasetSchema.safeParse(candidate);
        expect(reference.success).toBe(true);
        expect(reference.data).toEqual(candidate);
      }),
      { seed: 7, numRuns: 2000 },
    );
  });
});
