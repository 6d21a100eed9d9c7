import { describe, expect, it } from 'vitest';
import { DEFAULT_TAXONOMY } from '../../../src/data/themes/default-taxonomy.ts';
import { assignThemes, compileTaxonomy } from '../../../src/data/themes/assign.ts';
import { parseTaxonomy } from '../../../src/data/themes/taxonomy.ts';

const themesOf = (title: string, abstract: string) =>
  assignThemes(title, abstract, compileTaxonomy(DEFAULT_TAXONOMY), DEFAULT_TAXONOMY.titleMultiplier)
    .themes;

describe('a theme context (data/themes.json "context")', () => {
  it('keeps "Efficient reasoning" off an efficient image model', () => {
    const themes = themesOf(
      'Efficient Image and Video Models with One Token',
      'An efficient vision model: token compression cuts latency and computational overhead, with efficient inference and shorter sequences.',
    );
    expect(themes).not.toContain('efficiency');
  });

  it('assigns it when the same efficiency words are about reasoning', () => {
    const themes = themesOf(
      'Efficient Reasoning by Compressing Chain-of-Thought',
      'An efficient reasoning method: token compression of the chain-of-thought cuts latency and computational overhead, with shorter reasoning.',
    );
    expect(themes).toContain('efficiency');
  });

  it('rejects a context that is not a regular expression, naming where', () => {
    const broken = structuredClone(DEFAULT_TAXONOMY) as unknown as {
      themes: { context?: string }[];
    };
    broken.themes[0]!.context = '(unclosed';
    expect(() => parseTaxonomy(broken)).toThrowError(
      /themes\[0\]\.context: invalid regular expression/,
    );
  });
});
