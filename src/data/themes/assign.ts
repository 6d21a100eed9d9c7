import type { EvidenceField, ThemeEvidence } from '../types.ts';
import { round } from '../random.ts';
import { cleanText, scanWords, type Word } from '../text/tokenize.ts';
import type { ThemeRule, ThemeTaxonomy } from './taxonomy.ts';

/** Themes of one paper, strongest first, with the evidence behind each. */
export interface ThemeAssignment {
  themes: string[];
  evidence: Record<string, ThemeEvidence[]>;
  scores: Record<string, number>;
}

interface Prepared {
  rule: ThemeRule;
  /** Term keys by their first word, so matching costs one lookup per word. */
  byFirst: Map<string, string[][]>;
  regex: RegExp | null;
}

function indexKeys(terms: readonly string[]): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const t of terms) {
    const key = scanWords(cleanText(t)).map((w) => w.norm);
    if (key.length === 0) continue;
    const list = out.get(key[0]!) ?? [];
    list.push(key);
    out.set(key[0]!, list);
  }
  return out;
}

interface FieldText {
  field: EvidenceField;
  text: string;
  words: Word[];
}

/** Compiles a taxonomy once so many papers can be scored quickly. */
export function compileTaxonomy(taxonomy: ThemeTaxonomy) {
  return taxonomy.themes.map((theme) => ({
    theme,
    rules: theme.rules.map(
      (rule): Prepared => ({
        rule,
        byFirst: indexKeys(rule.terms ?? []),
        regex: rule.pattern ? new RegExp(rule.pattern, `${rule.flags ?? 'i'}g`) : null,
      }),
    ),
  }));
}

function matchesAt(words: readonly Word[], i: number, key: readonly string[]): boolean {
  if (key.length === 0 || i + key.length > words.length) return false;
  for (let j = 0; j < key.length; j++) if (words[i + j]!.norm !== key[j]) return false;
  return true;
}

/**
 * Matches of a rule, as written in the text. Terms match whole words, case- and plural-insensitive;
 * at each position the longest term wins and its words are consumed, so "reinforcement learning"
 * is one hit, not also a hit for "reinforcement".
 */
function ruleHits(p: Prepared, f: FieldText): string[] {
  if (p.regex) return [...f.text.matchAll(p.regex)].map((m) => m[0]);
  const hits: string[] = [];
  for (let i = 0; i < f.words.length; ) {
    let len = 0;
    for (const key of p.byFirst.get(f.words[i]!.norm) ?? []) if (key.length > len && matchesAt(f.words, i, key)) len = key.length;
    if (len === 0) {
      i++;
      continue;
    }
    hits.push(f.text.slice(f.words[i]!.start, f.words[i + len - 1]!.end));
    i += len;
  }
  return hits;
}

/**
 * Scores every theme of the taxonomy on a title and abstract. A rule adds its title weight once
 * when it matches the title, and weight × (1 + ln count) for abstract matches, so a passing
 * mention counts little and a repeated core term more; a theme is kept at or above its threshold.
 */
export function assignThemes(
  title: string,
  abstract: string,
  compiled: ReturnType<typeof compileTaxonomy>,
  titleMultiplier: number,
): ThemeAssignment {
  const fields: FieldText[] = (
    [
      ['title', title],
      ['abstract', abstract],
    ] as const
  ).map(([field, raw]) => {
    const text = cleanText(raw);
    return { field, text, words: scanWords(text) };
  });
  const found: { id: string; score: number; order: number; evidence: ThemeEvidence[] }[] = [];
  compiled.forEach(({ theme, rules }, order) => {
    let score = 0;
    const evidence: ThemeEvidence[] = [];
    for (const p of rules) {
      for (const f of fields) {
        const where = p.rule.field ?? 'both';
        if (where !== 'both' && where !== f.field) continue;
        const hits = ruleHits(p, f);
        if (hits.length === 0) continue;
        const contribution =
          f.field === 'title' ? (p.rule.titleWeight ?? p.rule.weight * titleMultiplier) : p.rule.weight * (1 + Math.log(hits.length));
        score += contribution;
        // Split the rule's contribution over the distinct spellings that matched, by count.
        const bySurface = new Map<string, number>();
        for (const h of hits) bySurface.set(h, (bySurface.get(h) ?? 0) + 1);
        for (const [term, c] of bySurface) {
          evidence.push({ term, field: f.field, weight: round((contribution * c) / hits.length, 3) });
        }
      }
    }
    if (score >= theme.threshold && score > 0) found.push({ id: theme.id, score, order, evidence });
  });
  found.sort((a, b) => b.score - a.score || a.order - b.order);
  return {
    themes: found.map((f) => f.id),
    evidence: Object.fromEntries(found.map((f) => [f.id, f.evidence])),
    scores: Object.fromEntries(found.map((f) => [f.id, round(f.score, 3)])),
  };
}
