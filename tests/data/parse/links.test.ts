import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isSafeHttpUrl } from '../../../src/data/parse/links';

/** The parser's verdict alone, as isSafeHttpUrl gave it before its fast path. */
function parsedAsHttp(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

describe('isSafeHttpUrl(url)', () => {
  it('accepts absolute http(s) URLs and refuses everything else', () => {
    for (const ok of [
      'https://github.com/org/repo',
      'http://arxiv.org/abs/2501.00001v2?x=1#y',
      'https://EXAMPLE.org:8080/a b',
      'https://localhost/',
      'https://1.2.3.4/x',
      'https://user@host.org',
    ])
      expect(isSafeHttpUrl(ok), ok).toBe(true);
    for (const bad of [
      'javascript:alert(1)',
      'ftp://example.org',
      'data:text/html,x',
      '//example.org',
      'example.org',
      'https://',
      'https://999.1.1.1/',
      'https://example.123/',
      'https://exa mple.org',
      'https://xn--a.org/',
      '',
    ])
      expect(isSafeHttpUrl(bad), bad).toBe(parsedAsHttp(bad));
  });

  it('agrees with the URL parser on link-like strings (seeded property)', () => {
    const part = fc.constantFrom(
      'http',
      'https',
      'HTTPS',
      'ftp',
      ':',
      '//',
      '/',
      '.',
      '-',
      'a',
      'Z',
      '0',
      '9',
      'xn--',
      'org',
      '123',
      ':80',
      ':99999',
      '?',
      '#',
      '%',
      ' ',
      '\\',
      '@',
      '[',
      ']',
      '_',
      'é',
      '\t',
    );
    const link = fc.array(part, { maxLength: 14 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(link, fc.webUrl(), fc.string()), (url) => {
        expect(isSafeHttpUrl(url)).toBe(parsedAsHttp(url));
      }),
      { seed: 20251130, numRuns: 20_000 },
    );
  });
});
