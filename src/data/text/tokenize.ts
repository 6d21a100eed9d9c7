import { stemmer } from 'stemmer';
import { stripLatex } from './latex.ts';
import { DEFAULT_PHRASES } from './phrases.ts';
import { STOP_WORDS } from './stop-words.ts';

/** A word of the text with its stem and where it sits (for theme evidence). */
export interface Word {
  /** Lower-case word, possessive removed. */
  lower: string;
  stem: string;
  /** Lower case with a plural -s removed: what theme rules match on (Porter is too eager there). */
  norm: string;
  /** As written, e.g. "GRPO" or "Reinforcement". */
  raw: string;
  start: number;
  end: number;
  /** Index of the hyphenated compound this word belongs to (same for all its parts). */
  compound: number;
  /** Number of parts of that compound (1 for a plain word). */
  parts: number;
}

/** A token for vectors: a stemmed key and the surface form it came from. */
export interface Token {
  /** Stems joined by a space, e.g. "reinforc learn". */
  key: string;
  /** Readable form, e.g. "reinforcement learning" or "GRPO". */
  surface: string;
}

const WORD =
  /[A-Za-z0-9]+(?:[.'\u2019][A-Za-z0-9]+)*(?:-[A-Za-z0-9]+(?:[.'\u2019][A-Za-z0-9]+)*)*/g;
const URL = /\b(?:https?:\/\/|www\.)\S+/gi;
const stemCache = new Map<string, string>();

/** Porter stem (wooorm/stemmer) with a cache: corpora repeat words a lot. */
export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = /\d/.test(word) ? word : stemmer(word);
    if (stemCache.size < 200_000) stemCache.set(word, s);
  }
  return s;
}

/** Lower-case word with a plural ending removed: "agents" -> "agent", "studies" -> "study". */
export function lightStem(lower: string): string {
  if (/\d/.test(lower) || lower.length <= 3) return lower;
  if (lower.endsWith('ies') && lower.length > 4) return `${lower.slice(0, -3)}y`;
  if (/(?:ch|sh|x|ss|z)es$/.test(lower)) return lower.slice(0, -2);
  if (lower.endsWith('s') && !/(?:ss|us|is)$/.test(lower)) return lower.slice(0, -1);
  return lower;
}

/** Removes LaTeX and URLs (URLs are kept separately by the parser). */
export function cleanText(raw: string): string {
  return stripLatex(raw.replace(URL, ' '));
}

interface WordForms {
  lower: string;
  stem: string;
  norm: string;
  raw: string;
}

// Word forms by spelling: a corpus repeats its words, so each spelling is cleaned, stemmed and
// normalised once instead of once per occurrence (tokenising 10,000 abstracts was mostly this).
const formCache = new Map<string, WordForms>();

function formsOf(piece: string): WordForms {
  let f = formCache.get(piece);
  if (f) return f;
  const clean = piece.replace(/['\u2019]s$/i, '').replace(/\u2019/g, "'");
  const lower = clean.toLowerCase();
  // Acronyms are not English words: "AIME" must not become "aim"; "LLMs" is the plural of "LLM".
  const acronym = /^[A-Z][A-Z0-9]+s?$/.test(clean) && clean.length > 1;
  const s = acronym ? lower.replace(/(?<=[a-z0-9]{2})s$/, '') : stem(lower);
  f = { lower, stem: s, norm: lightStem(lower), raw: clean };
  if (formCache.size < 500_000) formCache.set(piece, f);
  return f;
}

/** Splits cleaned text into words; hyphenated compounds become several words sharing `compound`. */
export function scanWords(text: string): Word[] {
  const out: Word[] = [];
  let compound = 0;
  for (const m of text.matchAll(WORD)) {
    const whole = m[0];
    const parts = whole.includes('-') ? whole.split('-') : [whole];
    let offset = m.index;
    for (const piece of parts) {
      const f = formsOf(piece);
      out.push({
        lower: f.lower,
        stem: f.stem,
        norm: f.norm,
        raw: f.raw,
        start: offset,
        end: offset + piece.length,
        compound,
        parts: parts.length,
      });
      offset += piece.length + 1;
    }
    compound++;
  }
  return out;
}

/** Key of a phrase as the tokeniser would produce it: "Chains-of-Thought" -> "chain of thought". */
export function phraseKey(phrase: string): string {
  return scanWords(cleanText(phrase))
    .map((w) => w.stem)
    .join(' ');
}

const surfaceCache = new Map<string, string>();

/** Surface form for labels: keep case for acronyms and names ("GRPO", "DeepSeek"), else lower. */
function surfaceOf(raw: string): string {
  let s = surfaceCache.get(raw);
  if (s === undefined) {
    const keep =
      /[A-Z]/.test(raw.slice(1)) || /^[A-Z][A-Z0-9]+$/.test(raw) || /^[A-Z].*\d/.test(raw);
    s = keep ? raw : raw.toLowerCase();
    if (surfaceCache.size < 200_000) surfaceCache.set(raw, s);
  }
  return s;
}

const STOP_STEMS = new Set([...STOP_WORDS].map((w) => stem(w)));

function isNoise(lower: string, key: string): boolean {
  return lower.length < 2 || /^[0-9]/.test(lower) || STOP_WORDS.has(lower) || STOP_STEMS.has(key);
}

/** Options of {@link tokenize}. */
export interface TokenizeOptions {
  /** Multi-word terms to keep as one token (default: {@link DEFAULT_PHRASES}). */
  phrases?: readonly string[];
}

interface PhraseTrie {
  next: Map<string, PhraseTrie>;
  end: boolean;
}

function buildTrie(phrases: readonly string[]): PhraseTrie {
  const root: PhraseTrie = { next: new Map(), end: false };
  for (const p of phrases) {
    let node = root;
    for (const s of phraseKey(p).split(' ')) {
      let child = node.next.get(s);
      if (!child) node.next.set(s, (child = { next: new Map(), end: false }));
      node = child;
    }
    node.end = true;
  }
  return root;
}

const defaultTrie = buildTrie(DEFAULT_PHRASES);

/**
 * Tokens of a text: LaTeX stripped, stop words and numbers dropped, words stemmed; hyphenated
 * compounds without digits ("vision-language") and listed phrases are kept as one token, while
 * compounds with digits ("DeepSeek-R1-Zero", "Qwen2.5-7B") are model names and split into parts.
 */
export function tokenize(raw: string, options: TokenizeOptions = {}): Token[] {
  return tokensOfWords(scanWords(cleanText(raw)), options);
}

/** {@link tokenize} on words already scanned (the pipeline scans each text once for tokens and themes). */
export function tokensOfWords(words: readonly Word[], options: TokenizeOptions = {}): Token[] {
  const trie = options.phrases ? buildTrie(options.phrases) : defaultTrie;
  const out: Token[] = [];
  let i = 0;
  while (i < words.length) {
    const w = words[i]!;
    // Keep a short digit-free compound whole.
    if (w.parts > 1 && w.parts <= 4) {
      const group = words.slice(i, i + w.parts);
      if (group.every((g) => g.lower.length > 0 && !hasDigit(g.lower))) {
        const key = group.map((g) => g.stem).join(' ');
        if (!STOP_WORDS.has(group.map((g) => g.lower).join('-'))) {
          out.push({ key, surface: group.map((g) => surfaceOf(g.raw)).join('-') });
        }
        i += w.parts;
        continue;
      }
    }
    // Longest listed phrase starting here (over plain words only).
    let node: PhraseTrie | undefined = trie.next.get(w.stem);
    let best = node?.end ? 1 : 0;
    for (let j = i + 1; j < words.length && node; j++) {
      node = node.next.get(words[j]!.stem);
      if (node?.end) best = j - i + 1;
    }
    if (best > 1) {
      const group = words.slice(i, i + best);
      out.push({
        key: group.map((g) => g.stem).join(' '),
        surface: group.map((g) => surfaceOf(g.raw)).join(' '),
      });
      i += best;
      continue;
    }
    const token = wordToken(w);
    if (token) out.push(token);
    i++;
  }
  return out;
}

// One frozen token per spelling: a 10,000-paper corpus has millions of word occurrences but few
// distinct spellings, and allocating a token for each occurrence kept the collector busy.
const tokenCache = new Map<string, Token | null>();
function wordToken(w: Word): Token | null {
  let t = tokenCache.get(w.raw);
  if (t === undefined) {
    t = isNoise(w.lower, w.stem) ? null : Object.freeze({ key: w.stem, surface: surfaceOf(w.raw) });
    if (tokenCache.size < 200_000) tokenCache.set(w.raw, t);
  }
  return t;
}

const digitCache = new Map<string, boolean>();
function hasDigit(lower: string): boolean {
  let d = digitCache.get(lower);
  if (d === undefined) {
    d = /\d/.test(lower);
    if (digitCache.size < 200_000) digitCache.set(lower, d);
  }
  return d;
}
