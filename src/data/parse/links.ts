/** Links found in free text, split into code repositories and everything else. */
export interface ExtractedLinks {
  github: string | null;
  urls: string[];
}

const URL_PATTERN = /https?:\/\/[^\s<>"'{}\\]+/g;
// Sentence punctuation that ends up glued to a URL in prose ("see https://x.org/a.").
const TRAILING = /[.,;:!?)\]}'"”’*]+$/;

/** Strips trailing punctuation from a URL, keeping a closing bracket that has its opener. */
export function trimUrl(raw: string): string {
  let url = raw.replace(TRAILING, '');
  if (raw.length > url.length && raw[url.length] === ')' && url.includes('(')) url += ')';
  return url;
}

// URL exists in browsers, workers and Node; src/data is typed without DOM or Node, so name it here.
const WhatwgUrl = (globalThis as unknown as { URL: new (url: string) => { protocol: string } }).URL;

/** True only for absolute http(s) URLs: the only links data may create. */
export function isSafeHttpUrl(url: string): boolean {
  try {
    const parsed = new WhatwgUrl(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Finds GitHub links (the first becomes `github`) and other http(s) URLs, deduplicated. */
export function extractLinks(text: string): ExtractedLinks {
  const found = new Set<string>();
  for (const match of text.matchAll(URL_PATTERN)) {
    const url = trimUrl(match[0]);
    if (isSafeHttpUrl(url)) found.add(url);
  }
  let github: string | null = null;
  const urls: string[] = [];
  for (const url of found) {
    if (github === null && /^https?:\/\/(www\.)?github\.com\/[^/]+/i.test(url)) github = url;
    else urls.push(url);
  }
  return { github, urls };
}
