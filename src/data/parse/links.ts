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

// The shape nearly every link in a dataset has: http(s), a DNS name whose last label starts with
// a letter, an optional port below 10,000, then no spaces or backslashes, in under 2,000
// characters (which bounds the pattern's backtracking). The URL parser accepts every such string:
// there is no IPv4 address or punycode label to decode, and nothing after the host that it
// rejects. Anything else goes to the parser.
const PLAIN_HTTP_URL =
  /^https?:\/\/(?:[a-z0-9][a-z0-9-]*\.)+[a-z](?:[a-z0-9-]*[a-z0-9])?(?::\d{1,4})?(?:[/?#][^\s\\]*)?$/i;
const isPlainHttpUrl = (url: string) =>
  url.length < 2000 && PLAIN_HTTP_URL.test(url) && !/xn--/i.test(url);

/** True only for absolute http(s) URLs: the only links data may create. */
export function isSafeHttpUrl(url: string): boolean {
  // Parsing costs microseconds per link, ~40 ms for the links of 10,000 papers at load.
  if (isPlainHttpUrl(url)) return true;
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
