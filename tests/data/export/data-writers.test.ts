import { describe, expect, it } from 'vitest';
import type { Dataset, Paper } from '../../../src/data/types';
import { validateDataset } from '../../../src/data/schema';
import { csvField, papersToCsv } from '../../../src/export/csv';
import { bibtexEntry, bibtexKeys, escapeBibtex, papersToBibtex } from '../../../src/export/bibtex';
import { datasetToJson, subsetDataset } from '../../../src/export/dataset-json';

const base = (id: string, title: string, extra: Partial<Paper> = {}): Paper => ({
  id,
  rank: Number(id),
  title,
  citations: 1234,
  abstract: 'An "abstract", with\nlines.',
  github: null,
  urls: [],
  ...extra,
});

describe('papersToCsv', () => {
  it('csvField quotes commas, quotes and line breaks and defuses formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField(-3, false)).toBe('-3');
    expect(csvField(undefined)).toBe('');
  });
  it('papersToCsv(papers) writes a header and one row per paper', () => {
    const csv = papersToCsv(
      [
        base('1', 'DeepSeek-R1', {
          themes: ['rl', 'reasoning'],
          cluster: 0,
          github: 'https://github.com/x/y',
          urls: ['https://a.org', 'https://b.org'],
        }),
      ],
      (id) => (id === 0 ? 'R1 · RL' : undefined),
    );
    expect(csv).toBe(
      'rank,id,title,citations,year,authors,venue,themes,cluster,cluster_label,github,urls,outlier,abstract\r\n' +
        '1,1,DeepSeek-R1,1234,,,,rl; reasoning,0,R1 · RL,https://github.com/x/y,https://a.org; https://b.org,,"An ""abstract"", with\nlines."\r\n',
    );
  });
});

describe('BibTeX', () => {
  it('escapeBibtex escapes TeX specials', () => {
    expect(escapeBibtex('R&D 50% {x} $y$ #1 a_b ~ ^ \\')).toBe(
      'R\\&D 50\\% \\{x\\} \\$y\\$ \\#1 a\\_b \\textasciitilde{} \\textasciicircum{} \\textbackslash{}',
    );
  });
  it('bibtexKeys are unique and do not depend on the subset', () => {
    const all = [
      base('1', 'Deep thinking'),
      base('2', 'Deep learning'),
      base('a b', 'X'),
      base('a-b', 'X'),
    ];
    const keys = bibtexKeys(all);
    expect([...keys.values()]).toEqual(['deep-1', 'deep-2', 'x-a-b', 'x-a-b-2']);
    const subset = papersToBibtex([all[3]!], all, 'L');
    expect(subset.startsWith('@misc{x-a-b-2,')).toBe(true);
  });
  it('bibtexEntry writes title, note with citations and the url', () => {
    const p = base('7', 'Kimi k1.5: Scaling RL with LLMs', {
      github: 'https://github.com/MoonshotAI/Kimi-k1.5',
      year: 2025,
    });
    expect(bibtexEntry(p, 'kimi-2025-7', 'Best of 2025')).toBe(
      '@misc{kimi-2025-7,\n  title = {{Kimi k1.5: Scaling RL with LLMs}},\n  year = {2025},\n  note = {Cited by 1,234; rank 7 in Best of 2025},\n  url = {https://github.com/MoonshotAI/Kimi-k1.5}\n}\n',
    );
  });
  it('bibtexEntry leaves out the url when there is none', () => {
    expect(bibtexEntry(base('3', 'T'), 'k', '')).toBe(
      '@misc{k,\n  title = {{T}},\n  note = {Cited by 1,234}\n}\n',
    );
  });
});

describe('subsetDataset', () => {
  const dataset: Dataset = {
    name: 'Test list',
    papers: [
      base('1', 'A', { themes: ['rl'], cluster: 0 }),
      base('2', 'B', { themes: ['rl', 'agents'], cluster: 1 }),
      base('3', 'C'),
    ],
    themes: [
      { id: 'rl', label: 'RL', description: 'd', count: 2 },
      { id: 'agents', label: 'Agents', description: 'd', count: 1 },
    ],
    clusters: [
      { id: 0, label: 'c0', terms: ['a'], size: 1, representative: '1' },
      { id: 1, label: 'c1', terms: ['b'], size: 1, representative: '2' },
    ],
  };
  it('subsetDataset recounts themes and clusters and round-trips through validateDataset', () => {
    const subset = subsetDataset(dataset, [dataset.papers[1]!]);
    expect(subset.themes.map((t) => t.count)).toEqual([1, 1]);
    expect(subset.clusters.map((c) => c.size)).toEqual([0, 1]);
    expect(validateDataset(JSON.parse(datasetToJson(subset)))).toEqual(subset);
  });
});
