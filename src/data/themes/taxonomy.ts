import { z } from 'zod';

const ruleSchema = z
  .object({
    /** Words or phrases, matched on whole words ignoring case and a plural -s ("reward models" matches "reward model"). */
    terms: z.array(z.string().trim().min(1, 'a term must not be empty')).min(1).optional(),
    /** A regular expression tested on the cleaned text (LaTeX stripped). */
    pattern: z.string().min(1).optional(),
    /** Flags of `pattern` (default "i"); "g" is always added. */
    flags: z
      .string()
      .regex(/^[imsu]*$/, 'flags may only contain i, m, s, u')
      .optional(),
    /** Score of an abstract match; repeats add less and less (1 + ln count). */
    weight: z.number().finite(),
    /** Score of a title match (default weight × titleMultiplier). */
    titleWeight: z.number().finite().optional(),
    /** Where the rule applies (default both). */
    field: z.enum(['title', 'abstract', 'both']).optional(),
  })
  .strict()
  .superRefine((rule, ctx) => {
    if ((rule.terms ? 1 : 0) + (rule.pattern ? 1 : 0) !== 1) {
      ctx.addIssue({ code: 'custom', message: 'a rule needs exactly one of "terms" or "pattern"' });
    }
    if (rule.pattern) {
      try {
        new RegExp(rule.pattern, rule.flags ?? 'i');
      } catch (e) {
        ctx.addIssue({
          code: 'custom',
          path: ['pattern'],
          message: `invalid regular expression: ${(e as Error).message}`,
        });
      }
    }
  });

const themeSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case letters, digits and dashes'),
    label: z.string().trim().min(1),
    description: z.string(),
    /** A paper has the theme when its score reaches this. */
    threshold: z.number().positive(),
    /**
     * A regular expression (case-insensitive) that the title or abstract must match for the theme
     * to apply at all: its context. "Efficient reasoning" needs reasoning, so an efficient image
     * model is not tagged by its efficiency words alone.
     */
    context: z
      .string()
      .min(1)
      .refine(
        (source) => {
          try {
            new RegExp(source, 'i');
            return true;
          } catch {
            return false;
          }
        },
        { message: 'invalid regular expression' },
      )
      .optional(),
    rules: z.array(ruleSchema).min(1),
  })
  .strict();

/** Zod schema of data/themes.json. */
export const taxonomySchema = z
  .object({
    $schema: z.string().optional(),
    version: z.literal(1),
    /** Title matches count this many times an abstract match, unless a rule says otherwise. */
    titleMultiplier: z.number().positive().default(2.5),
    themes: z.array(themeSchema).min(1),
  })
  .strict()
  .superRefine((t, ctx) => {
    const seen = new Set<string>();
    t.themes.forEach((theme, i) => {
      if (seen.has(theme.id))
        ctx.addIssue({
          code: 'custom',
          path: ['themes', i, 'id'],
          message: `duplicate theme id "${theme.id}"`,
        });
      seen.add(theme.id);
    });
  });

/** A validated theme taxonomy. */
export type ThemeTaxonomy = z.output<typeof taxonomySchema>;
/** One theme of the taxonomy. */
export type ThemeDefinition = ThemeTaxonomy['themes'][number];
/** One weighted rule of a theme. */
export type ThemeRule = ThemeDefinition['rules'][number];

/** Validates a taxonomy (e.g. a user-edited themes.json); throws an Error listing every problem by path. */
export function parseTaxonomy(input: unknown): ThemeTaxonomy {
  const result = taxonomySchema.safeParse(input);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const path = issue.path.length
      ? issue.path
          .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
          .join('')
          .replace(/^\./, '')
      : '(root)';
    return `  ${path}: ${issue.message}`;
  });
  throw new Error(`Invalid theme taxonomy:\n${lines.join('\n')}`);
}
