import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCitationLine, parseRankedList } from '../../../src/data/parse/ranked-list';
import { ParseError } from '../../../src/data/parse/errors';

const seed = readFileSync(
  new URL('../../../data/best-nlp-papers-2025.txt', import.meta.url),
  'utf8',
);

function entry(rank: number, title: string, citations: string, abstract: string): string {
  return `${rank}. ${title}\n\n${citations}\n\n${abstract}\n`;
}

describe('parseRankedList on the seed', () => {
  const result = parseRankedList(seed);

  it('reads the list name and 100 papers without warnings', () => {
    expect(result.name).toBe('The best NLP papers of 2025');
    expect(result.papers).toHaveLength(100);
    expect(result.papers.map((p) => p.rank)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    expect(result.warnings).toEqual([]);
  });

  it('gives exact values for #1 (space-separated thousands, no code link)', () => {
    const p = result.papers[0]!;
    expect(p).toMatchObject({
      id: '1',
      rank: 1,
      title: 'DeepSeek-R1: Incentivizing Reasoning Capability in LLMs via Reinforcement Learning',
      citations: 2967,
      github: null,
      urls: [],
    });
    expect(p.abstract.startsWith('We introduce our first-generation reasoning models')).toBe(true);
    expect(p.abstract.endsWith('distilled from DeepSeek-R1 based on Qwen and Llama.')).toBe(true);
  });

  it('gives exact values for #66 and for code links without trailing punctuation', () => {
    const p66 = result.papers[65]!;
    expect(p66.rank).toBe(66);
    expect(p66.title).toBe(
      'GUI-R1 : A Generalist R1-Style Vision-Language Action Model For GUI Agents',
    );
    expect(p66.citations).toBe(63);
    expect(result.papers[2]!.github).toBe('https://github.com/simplescaling/s1');
    expect(result.papers[6]!.github).toBe('https://github.com/sail-sg/understand-r1-zero');
    expect(result.papers[8]!.github).toBe('https://github.com/PeterGriffinJin/Search-R1');
    expect(result.papers.filter((p) => p.github).length).toBe(23);
    expect(result.papers[1]!.citations).toBe(1150);
    expect(result.papers[99]!.title).toBe(
      'Layer by Layer: Uncovering Hidden Representations in Language Models',
    );
  });

  it('finds every GitHub link as a clean URL', () => {
    for (const p of result.papers) {
      if (p.github)
        expect(p.github).toMatch(/^https:\/\/github\.com\/[\w.-]*[\w-](\/[\w.-]*[\w-])?$/);
    }
  });
});

describe('parseCitationLine', () => {
  it.each([
    ['2 967 citations', 2967],
    ['1,150 citations', 1150],
    ['1 citation', 1],
    ['49 citations', 49],
    ['12\u00a0345 citations', 12345],
  ])('reads %s as %d', (line, value) => {
    expect(parseCitationLine(line)).toBe(value);
  });
  it('rejects lines that are not counts', () => {
    expect(parseCitationLine('many citations')).toBeNull();
    expect(parseCitationLine('1. A title')).toBeNull();
  });
});

describe('parseRankedList on malformed input', () => {
  const expectError = (text: string, line: number, message: RegExp) => {
    try {
      parseRankedList(text, { source: 'list.txt' });
    } catch (error) {
      expect(error).toBeInstanceOf(ParseError);
      expect((error as ParseError).line).toBe(line);
      expect((error as ParseError).message).toMatch(message);
      expect((error as ParseError).message).toMatch(/^list\.txt, line \d+: /);
      return;
    }
    throw new Error('expected a ParseError');
  };

  it('refuses an empty file', () => expectError('  \n\n', 1, /empty/));
  it('refuses text where the first entry should be', () =>
    expectError('My list\n\nsome prose here\n', 3, /expected the first entry as "N\. Title"/));
  it('refuses a file truncated after a title', () =>
    expectError(
      `My list\n\n${entry(1, 'A', '5 citations', 'Abs.')}\n2. B\n`,
      9,
      /ends after the title of entry 2/,
    ));
  it('refuses a file truncated before an abstract', () =>
    expectError(
      `My list\n\n${entry(1, 'A', '5 citations', 'Abs.')}\n2. B\n\n4 citations\n`,
      12,
      /ends before the abstract of entry 2/,
    ));
  it('refuses a garbled citation line with its line number', () =>
    expectError(
      'My list\n\n1. A\n\nlots of citations\n\nAbs.\n',
      5,
      /expected "K citations" after the title of entry 1/,
    ));
  it('refuses a binary file', () => expectError('\u0000\u0001PNG', 1, /binary/));
});

describe('parseRankedList validation report', () => {
  it('keeps duplicates, gaps and order problems as warnings', () => {
    const text = `L\n\n${entry(1, 'Same title', '10 citations', 'a')}\n${entry(3, 'Same  Title!', '20 citations', 'b')}\n${entry(3, 'Other', '5 citations', '')}\n${entry(4, 'Last', '1 citation', 'd')}`;
    const { papers, warnings } = parseRankedList(text);
    expect(papers.map((p) => p.id)).toEqual(['1', '3', '3-2', '4']);
    expect(warnings.map((w) => [w.kind, w.line])).toEqual([
      ['duplicate', 9],
      ['rank-order', 9],
      ['citation-order', 9],
      ['missing-field', 15],
      ['rank-order', 15],
    ]);
  });

  it('keeps hostile text as data: script titles and javascript: links are not links', () => {
    const text = `L\n\n${entry(1, '<script>alert(1)</script>', '3 citations', 'See javascript:alert(1) and https://github.com/a/b).')}`;
    const [paper] = parseRankedList(text).papers;
    expect(paper!.title).toBe('<script>alert(1)</script>');
    expect(paper!.github).toBe('https://github.com/a/b');
    expect(paper!.urls).toEqual([]);
  });
});
