import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { latexToPlain, latexToRuns } from '../../../src/data/parse/latex';

describe('latexToRuns fast path for text without LaTeX', () => {
  it('latexToRuns(plain) is one unstyled run of the NFC text', () => {
    expect(latexToRuns('Cafe\u0301 models, 7B and 70B.')).toEqual([
      { text: 'Café models, 7B and 70B.' },
    ]);
    expect(latexToRuns('')).toEqual([]);
  });

  it('latexToPlain(text) === text for any string free of LaTeX-isms', () => {
    const plain = fc.string({
      unit: fc.constantFrom(
        'a',
        'B',
        ' ',
        '.',
        '-',
        "'",
        '^',
        '_',
        'é',
        '1',
        'h',
        't',
        'p',
        ':',
        '/',
      ),
    });
    fc.assert(
      fc.property(plain, (s) => {
        fc.pre(!/[\\{}$~`]|''|--/.test(s));
        expect(latexToPlain(s)).toBe(s.normalize('NFC'));
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  it('latexToPlain still rewrites text with a LaTeX-ism anywhere in it', () => {
    expect(latexToPlain(`${'plain words '.repeat(20)}\\textbf{bold} --- done`)).toBe(
      `${'plain words '.repeat(20)}bold — done`,
    );
    expect(latexToPlain("a ``quote'' here")).toBe('a “quote” here');
  });
});
