import * as z from 'zod';
import type { Dataset } from './types';
import { ParseError } from './parse/errors';
import { isSafeHttpUrl } from './parse/links';
import { firstDuplicateId, isExactDataset } from './schema-fast';

const httpUrl = z.string().refine(isSafeHttpUrl, { message: 'must be an http(s) URL' });

const evidence = z.object({
  term: z.string(),
  field: z.enum(['title', 'abstract']),
  weight: z.number(),
});

const paper = z.object({
  id: z.string().min(1),
  rank: z.number().int(),
  title: z.string().min(1),
  citations: z.number().nonnegative(),
  abstract: z.string(),
  github: httpUrl.nullable(),
  urls: z.array(httpUrl).default([]),
  year: z.number().int().optional(),
  authors: z.array(z.string()).optional(),
  venue: z.string().optional(),
  themes: z.array(z.string()).optional(),
  themeEvidence: z.record(z.string(), z.array(evidence)).optional(),
  cluster: z.number().int().nonnegative().optional(),
  x: z.number().optional(),
  y: z.number().optional(),
  similar: z.array(z.string()).optional(),
  similarScores: z.array(z.number()).optional(),
  outlier: z.boolean().optional(),
  outlierReason: z.string().optional(),
});

/** The interchange format as a zod schema (the reference the fast check in schema-fast.ts follows). */
export const datasetSchema = z
  .object({
    name: z.string().min(1),
    papers: z.array(paper),
    themes: z
      .array(
        z.object({ id: z.string(), label: z.string(), description: z.string(), count: z.number() }),
      )
      .default([]),
    clusters: z
      .array(
        z.object({
          id: z.number().int(),
          label: z.string(),
          terms: z.array(z.string()),
          size: z.number().int(),
          representative: z.string(),
        }),
      )
      .default([]),
    abstracts: z.string().min(1).optional(),
  })
  .superRefine((dataset, ctx) => {
    // One source per abstract: with a companion file, the papers' own abstracts stay empty.
    if (dataset.abstracts === undefined) return;
    const i = dataset.papers.findIndex((p) => p.abstract !== '');
    if (i >= 0)
      ctx.addIssue({
        code: 'custom',
        path: ['papers', i, 'abstract'],
        message: 'must be "" when the abstracts are in a separate file ("abstracts")',
      });
  });

/** Checks a parsed JSON value against the interchange format; throws a readable ParseError. */
export function validateDataset(value: unknown, source?: string): Dataset {
  const dataset = isExactDataset(value) ? value : parseWithZod(value, source);
  const duplicate = firstDuplicateId(dataset.papers);
  if (duplicate >= 0)
    throw new ParseError(
      `duplicate paper id "${dataset.papers[duplicate]!.id}"`,
      duplicate + 1,
      source,
      'record',
    );
  return dataset;
}

/** The schema's own parse: fills defaults, strips unknown keys and words what is wrong. */
function parseWithZod(value: unknown, source?: string): Dataset {
  const result = datasetSchema.safeParse(value);
  if (!result.success) {
    const issues = result.error.issues.slice(0, 5).map((issue) => {
      const path = issue.path.length ? issue.path.join('.') : '(top level)';
      return `${path}: ${issue.message}`;
    });
    const more =
      result.error.issues.length > 5 ? ` (and ${result.error.issues.length - 5} more)` : '';
    const first = result.error.issues[0]?.path;
    const record =
      first?.[0] === 'papers' && typeof first[1] === 'number' ? first[1] + 1 : undefined;
    throw new ParseError(
      `not a paperscope dataset: ${issues.join('; ')}${more}`,
      record,
      source,
      'record',
    );
  }
  return result.data;
}
