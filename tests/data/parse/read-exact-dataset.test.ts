import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readExactDataset } from '../../../src/data/parse/read-exact-dataset';
import { readInput } from '../../../src/data/parse/read-input';

const seedText = readFileSync('data/best-nlp-papers-2025.json', 'utf8');

describe('readExactDataset', () => {
  it('opens the shipped dataset as readInput does, with or without a byte-order mark', () => {
    const expected = readInput(seedText, 'seed.json').dataset;
    expect(readExactDataset(seedText)).toEqual(expected);
    expect(readExactDataset(`\uFEFF${seedText}`)).toEqual(expected);
  });

  it('leaves other formats, broken JSON and records to the full reader', () => {
    expect(readExactDataset('title,citations\nA,3\n')).toBeNull();
    expect(readExactDataset('{"name": "x", "papers": [')).toBeNull();
    expect(readExactDataset('[{"title": "A", "citations": 3}]')).toBeNull();
    expect(readExactDataset('{"name": "x", "papers": []}')).toBeNull(); // themes, clusters to fill
  });

  it('leaves duplicate ids to the full reader, which names the record', () => {
    const seed = JSON.parse(seedText) as { papers: { id: string }[] };
    seed.papers[1]!.id = seed.papers[0]!.id;
    const text = JSON.stringify(seed);
    expect(readExactDataset(text)).toBeNull();
    expect(() => readInput(text, 'dup.json')).toThrow('dup.json, record 2: duplicate paper id');
  });
});
