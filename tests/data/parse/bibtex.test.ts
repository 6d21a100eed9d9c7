import { describe, expect, it } from 'vitest';
import { bibAuthors, parseBibtex, parseBibtexEntries } from '../../../src/data/parse/bibtex';
import { ParseError } from '../../../src/data/parse/errors';

const BIB = String.raw`% exported from a proceedings site
@string{acl = "Proceedings of ACL"}
@comment{ this is ignored @article{nope, title={No}} }
@inproceedings{smith2020,
  title     = {{BERT} Rediscovers the Classical {NLP} Pipeline},
  author    = {Sm{\"\i}th, J{\'o}hn and M{\"u}ller, Karl and others},
  booktitle = acl,
  year      = 2020,
  month     = jul,
  abstract  = {We show that \textbf{layers} matter. Code: https://github.com/x/y},
  doi       = {10.18653/v1/P19-1452},
  note      = {Cited by: 1,234}
}

@article(lee2021,
  title = "A {"}quoted{"} \& escaped title",
  author = {Lee, Ann},
  journal = {Journal of ML},
  year = {2021},
  eprint = {2101.00001}, archivePrefix = {arXiv}
)
@misc{untitled, year = {2019}}
`;

describe('parseBibtex(text)', () => {
  it('reads fields, strings, months, concatenation and decodes LaTeX accents', () => {
    const result = parseBibtex(BIB, { source: 'acl.bib', name: 'acl' });
    expect(result.name).toBe('acl');
    expect(result.papers).toHaveLength(2);
    const [a, b] = result.papers;
    expect(a).toMatchObject({
      title: 'BERT Rediscovers the Classical NLP Pipeline',
      authors: ['Jóhn Smïth', 'Karl Müller'],
      venue: 'Proceedings of ACL',
      year: 2020,
      citations: 1234,
      github: 'https://github.com/x/y',
    });
    expect(a!.abstract).toContain('\\textbf{layers}');
    expect(a!.urls).toContain('https://doi.org/10.18653/v1/P19-1452');
    expect(b).toMatchObject({
      title: 'A "quoted" & escaped title',
      authors: ['Ann Lee'],
      venue: 'Journal of ML',
      year: 2021,
      citations: 0,
    });
    expect(b!.urls).toEqual(['https://arxiv.org/abs/2101.00001']);
    expect(result.warnings).toContainEqual(expect.objectContaining({ kind: 'skipped', line: 22 }));
    expect(result.warnings).toContainEqual(
      expect.objectContaining({ kind: 'missing-field', line: 15 }),
    );
  });

  it('names the line of an entry whose braces are unbalanced', () => {
    const inField =
      '@article{a,\n  title = {Never closed,\n  year = 2020\n}\n@article{c, title={Next}}\n';
    expect(() => parseBibtex(inField)).toThrow(
      /^line 1: entry "a" is not closed before the next entry on line 5/,
    );
    const bad =
      '@article{a, title={Fine}}\n\n@article{b,\n  title = {Never {closed},\n  year = 2020\n}\n\n@article{c, title={Next}}\n';
    expect(() => parseBibtex(bad, { source: 'bad.bib' })).toThrow(ParseError);
    try {
      parseBibtex(bad, { source: 'bad.bib' });
    } catch (error) {
      expect((error as ParseError).line).toBe(3);
      expect((error as ParseError).message).toMatch(
        /bad\.bib, line 3: entry "b" is not closed before the next entry on line 8: unbalanced braces/,
      );
    }
    expect(() => parseBibtex('@article{a, title = {open')).toThrow(
      /line 1: .*not closed by the end of the file/,
    );
  });

  it('reports a missing "=" and files without entries', () => {
    expect(() => parseBibtex('@article{a,\n title {x}}')).toThrow(
      /line 2: expected "=" after the field "title"/,
    );
    expect(() => parseBibtex('just some text\nwith no entries')).toThrow(/no BibTeX entries/);
  });

  it('warns about a repeated key', () => {
    const result = parseBibtex('@misc{k, title={One}}\n@misc{k, title={Two}}');
    expect(result.warnings).toContainEqual(expect.objectContaining({ kind: 'duplicate', line: 2 }));
  });
});

describe('parseBibtexEntries and bibAuthors', () => {
  it('keeps parentheses-delimited entries and raw field text', () => {
    const { entries } = parseBibtexEntries('@book(k1, title = {T}, publisher = "P")');
    expect(entries).toEqual([
      { type: 'book', key: 'k1', line: 1, fields: { title: 'T', publisher: 'P' } },
    ]);
  });

  it('splits authors only on top-level "and"', () => {
    expect(bibAuthors('{Barnes and Noble} and Doe, Jane')).toEqual([
      'Barnes and Noble',
      'Jane Doe',
    ]);
  });
});

describe('proceedings exports', () => {
  it('skips the @proceedings volume entry and keeps its papers', () => {
    const result = parseBibtex(
      '@proceedings{acl-2024, title = {Proceedings of ACL 2024}, editor = {X}}\n@inproceedings{p1, title = {Paper one}, booktitle = {Proceedings of ACL 2024}}',
    );
    expect(result.papers.map((p) => p.title)).toEqual(['Paper one']);
    expect(result.warnings).toContainEqual(expect.objectContaining({ kind: 'skipped', line: 1 }));
  });
});
