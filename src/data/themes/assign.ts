import type { EvidenceField, ThemeEvidence } from '../types.ts';
import { round } from '../random.ts';
import { cleanText, scanWords, type Word } from '../text/tokenize.ts';
import type { ThemeDefinition, ThemeRule, ThemeTaxonomy } from './taxonomy.ts';

/** Themes of one paper, strongest first, with the evidence behind each. */
export interface ThemeAssignment {
  themes: string[];
  evidence: Record<string, ThemeEvidence[]>;
  scores: Record<string, number>;
}

interface Prepared {
  rule: ThemeRule;
  regex: RegExp | null;
}

/** A term of some rule, indexed by its first word. */
interface TermEntry {
  /** Index of the rule in the flat list of all rules. */
  rule: number;
  key: string[];
}

/** A taxonomy compiled once, so many papers are scored in one pass over their words. */
export interface CompiledTaxonomy {
  themes: { theme: ThemeDefinition; rules: Prepared[]; first: number }[];
  /** Every rule term of every theme by its first word (lower case, plural removed). */
  byFirst: Map<string, TermEntry[]>;
  ruleCount: number;
}

/** Compiles a taxonomy once so many papers can be scored quickly. */
export function compileTaxonomy(taxonomy: ThemeTaxonomy): CompiledTaxonomy {
  const byFirst = new Map<string, TermEntry[]>();
  let ruleCount = 0;
  const themes = taxonomy.themes.map((theme) => {
    const first = ruleCount;
    const rules = theme.rules.map((rule): Prepared => {
      for (const t of rule.terms ?? []) {
        const key = scanWords(cleanText(t)).map((w) => w.norm);
        if (key.length === 0) continue;
        const list = byFirst.get(key[0]!) ?? [];
        list.push({ rule: ruleCount, key });
        byFirst.set(key[0]!, list);
      }
      ruleCount++;
      return {
        rule,
        regex: rule.pattern ? new RegExp(rule.pattern, `${rule.flags ?? 'i'}g`) : null,
      };
    });
    return { theme, rules, first };
  });
  return { themes, byFirst, ruleCount };
}

interface FieldText {
  field: EvidenceField;
  text: string;
  words: readonly Word[];
}

function matchesAt(words: readonly Word[], i: number, key: readonly string[]): boolean {
  if (i + key.length > words.length) return false;
  for (let j = 0; j < key.length; j++) if (words[i + j]!.norm !== key[j]) return false;
  return true;
}

/**
 * Term matches of every rule in one pass over the words. Terms match whole words, case- and
 * plural-insensitive; per rule, at each position the longest term wins and its words are consumed,
 * so "reinforcement learning" is one hit, not also a hit for "reinforcement".
 */
function termHits(c: CompiledTaxonomy, f: FieldText): (string[] | undefined)[] {
  const hits: (string[] | undefined)[] = new Array(c.ruleCount);
  const free = new Int32Array(c.ruleCount);
  const best = new Map<number, number>();
  for (let i = 0; i < f.words.length; i++) {
    const entries = c.byFirst.get(f.words[i]!.norm);
    if (!entries) continue;
    best.clear();
    for (const e of entries) {
      if (free[e.rule]! > i || e.key.length <= (best.get(e.rule) ?? 0)) continue;
      if (matchesAt(f.words, i, e.key)) best.set(e.rule, e.key.length);
    }
    for (const [rule, len] of best) {
      (hits[rule] ??= []).push(f.text.slice(f.words[i]!.start, f.words[i + len - 1]!.end));
      free[rule] = i + len;
    }
  }
  return hits;
}

const contextPatterns = new Map<string, RegExp>();

/** True when a theme has no context pattern, or the title or abstract matches it. */
function inContext(context: string | undefined, title: string, abstract: string): boolean {
  if (context === undefined) return true;
  let pattern = contextPatterns.get(context);
  if (!pattern) {
    pattern = new RegExp(context, 'i');
    contextPatterns.set(context, pattern);
  }
  return pattern.test(title) || pattern.test(abstract);
}

/** Pre-scanned title or abstract for {@link assignThemesToWords}. */
export interface ScannedText {
  /** The cleaned text (see `cleanText`). */
  text: string;
  words: readonly Word[];
}

/**
 * Scores every theme of the taxonomy on a title and abstract. A rule adds its title weight once
 * when it matches the title, and weight × (1 + ln count) for abstract matches, so a passing
 * mention counts little and a repeated core term more; a theme is kept at or above its threshold.
 */
export function assignThemes(
  title: string,
  abstract: string,
  compiled: CompiledTaxonomy,
  titleMultiplier: number,
): ThemeAssignment {
  const scan = (raw: string): ScannedText => {
    const text = cleanText(raw);
    return { text, words: scanWords(text) };
  };
  return assignThemesToWords(scan(title), scan(abstract), compiled, titleMultiplier);
}

/** {@link assignThemes} on texts already cleaned and scanned (the pipeline scans once for tokens and themes). */
export function assignThemesToWords(
  title: ScannedText,
  abstract: ScannedText,
  compiled: CompiledTaxonomy,
  titleMultiplier: number,
): ThemeAssignment {
  const fields: FieldText[] = [
    { field: 'title', ...title },
    { field: 'abstract', ...abstract },
  ];
  const termMatches = fields.map((f) => termHits(compiled, f));
  const found: { id: string; score: number; order: number; evidence: ThemeEvidence[] }[] = [];
  compiled.themes.forEach(({ theme, rules, first }, order) => {
    let score = 0;
    const evidence: ThemeEvidence[] = [];
    rules.forEach((p, r) => {
      fields.forEach((f, fi) => {
        const where = p.rule.field ?? 'both';
        if (where !== 'both' && where !== f.field) return;
        const hits = p.regex
          ? [...f.text.matchAll(p.regex)].map((m) => m[0])
          : (termMatches[fi]![first + r] ?? []);
        if (hits.length === 0) return;
        const contribution =
          f.field === 'title'
            ? (p.rule.titleWeight ?? p.rule.weight * titleMultiplier)
            : p.rule.weight * (1 + Math.log(hits.length));
        score += contribution;
        // Split the rule's contribution over the distinct spellings that matched, by count.
        const bySurface = new Map<string, number>();
        for (const h of hits) bySurface.set(h, (bySurface.get(h) ?? 0) + 1);
        for (const [term, c] of bySurface) {
          evidence.push({
            term,
            field: f.field,
            weight: round((contribution * c) / hits.length, 3),
          });
        }
      });
    });
    if (
      score >= theme.threshold &&
      score > 0 &&
      inContext(theme.context, title.text, abstract.text)
    ) {
      found.push({ id: theme.id, score, order, evidence });
    }
  });
  found.sort((a, b) => b.score - a.score || a.order - b.order);
  return {
    themes: found.map((f) => f.id),
    evidence: Object.fromEntries(found.map((f) => [f.id, f.evidence])),
    scores: Object.fromEntries(found.map((f) => [f.id, round(f.score, 3)])),
  };
}
