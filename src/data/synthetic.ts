import type { ClusterSummary, Dataset, Paper, ThemeEvidence, ThemeSummary } from './types.ts';
import { mulberry32, round } from './random.ts';
import { DEFAULT_TAXONOMY } from './themes/default-taxonomy.ts';
import {
  chooser,
  makeAbstract,
  makeTitle,
  methodName,
  TOPIC_WORDS,
  type Chooser,
} from './synthetic-text.ts';

/** Options of {@link generateSyntheticDataset}. */
export interface SyntheticOptions {
  seed?: number;
  /**
   * Median abstract length in characters (log-normal around it). The default, 480 (~75 words, a
   * short abstract), keeps 100,000 papers under the app's 100 MB input limit.
   */
  abstractChars?: number;
}

interface ThemeVocabulary {
  id: string;
  label: string;
  description: string;
  /** Rule terms with the rule's weight. */
  terms: { term: string; weight: number }[];
}

interface Topic {
  id: number;
  words: string[];
  themes: ThemeVocabulary[];
  cx: number;
  cy: number;
  spread: number;
}

/** Themes of the shipped taxonomy that have plain terms (pattern-only rules are skipped). */
function themeVocabularies(): ThemeVocabulary[] {
  return DEFAULT_TAXONOMY.themes
    .map((t) => ({
      id: t.id,
      label: t.label,
      description: t.description,
      terms: t.rules.flatMap((r) =>
        (r.terms ?? []).filter((w) => w.length > 3).map((term) => ({ term, weight: r.weight })),
      ),
    }))
    .filter((t) => t.terms.length > 0);
}

/** Standard normal by Box-Muller. */
function normal(random: () => number): number {
  const u = 1 - random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

function makeTopics(count: number, c: Chooser, vocab: ThemeVocabulary[]): Topic[] {
  return Array.from({ length: count }, (_, id) => {
    // Centres on a golden-angle spiral, so clusters are spread out but not on a grid.
    const r = 0.78 * Math.sqrt((id + 0.5) / count);
    const a = id * 2.399963 + c.random() * 0.3;
    const words = Array.from(new Set(Array.from({ length: 14 }, () => c.pick(TOPIC_WORDS))));
    const themes = Array.from(
      new Set([c.pick(vocab), ...(c.random() < 0.5 ? [c.pick(vocab)] : [])]),
    );
    return {
      id,
      words,
      themes,
      cx: r * Math.cos(a),
      cy: r * Math.sin(a),
      spread: 0.04 + 0.06 * c.random(),
    };
  });
}

/** Heavy-tailed citation counts: log-normal body with a rare Pareto boost (a few "hits"). */
function citations(random: () => number): number {
  const body = Math.exp(2.4 + 1.45 * normal(random));
  const boost = random() < 0.01 ? 1 / (1 - random()) ** 0.8 : 1;
  return Math.floor(body * boost);
}

const clamp = (v: number) => Math.max(-1, Math.min(1, v));

/**
 * A seeded, realistic-looking dataset of `n` papers in the interchange format, analysis included
 * (themes with evidence, clusters with labels, x/y, similar papers, outliers), for benchmarks.
 * Same `n` and seed give the same dataset.
 */
export function generateSyntheticDataset(n: number, options: SyntheticOptions = {}): Dataset {
  const c = chooser(mulberry32(options.seed ?? 1));
  const median = options.abstractChars ?? 480;
  const vocab = themeVocabularies();
  const topics = makeTopics(Math.max(5, Math.min(40, Math.round(Math.sqrt(n) / 1.5))), c, vocab);
  // Uneven cluster sizes, as in real collections.
  const weights = topics.map(() => 0.2 + c.random() ** 2);
  const total = weights.reduce((a, b) => a + b, 0);
  const pickTopic = () => {
    let r = c.random() * total;
    for (let i = 0; i < topics.length; i++) if ((r -= weights[i]!) <= 0) return topics[i]!;
    return topics[topics.length - 1]!;
  };
  const counts = citations;
  const drafts = Array.from({ length: n }, () => {
    const topic = pickTopic();
    const themes = topic.themes.filter(() => c.random() < 0.85);
    if (c.random() < 0.1) themes.push(c.pick(vocab));
    const unique = Array.from(new Set(themes));
    const evidence: Record<string, ThemeEvidence[]> = {};
    const terms: string[] = [];
    for (const theme of unique) {
      const hits = Array.from(
        new Set([c.zipf(theme.terms), ...(c.random() < 0.3 ? [c.zipf(theme.terms)] : [])]),
      );
      evidence[theme.id] = hits.map((h) => ({
        term: h.term,
        field: 'abstract' as const,
        weight: round(h.weight * (1 + Math.log(1 + c.random())), 3),
      }));
      terms.push(...hits.map((h) => h.term));
    }
    const method = methodName(c);
    const outlier = c.random() < 0.015;
    const length = Math.round(median * Math.exp(0.35 * normal(c.random)));
    const x = outlier ? c.random() * 2 - 1 : clamp(topic.cx + topic.spread * normal(c.random));
    const y = outlier ? c.random() * 2 - 1 : clamp(topic.cy + topic.spread * normal(c.random));
    return {
      topic,
      themes: unique.map((t) => t.id),
      evidence,
      title: makeTitle(c, method, topic.words, null),
      abstract: makeAbstract(c, method, topic.words, terms, length),
      citations: counts(c.random),
      github:
        c.random() < 0.35
          ? `https://github.com/${method.toLowerCase().replace(/[^a-z0-9]/g, '')}/${c.pick(topic.words).replace(/\W+/g, '-')}`
          : null,
      outlier,
      year: 2025 - Math.floor(c.random() ** 2 * 6),
      x: round(x, 3),
      y: round(y, 3),
    };
  });
  // Ranked by citations, as the lists this app reads are.
  drafts.sort((a, b) => b.citations - a.citations);
  const papers: Paper[] = drafts.map((d, i) => ({
    id: String(i + 1),
    rank: i + 1,
    title: d.title,
    citations: d.citations,
    abstract: d.abstract,
    github: d.github,
    urls: [],
    year: d.year,
    themes: d.themes,
    themeEvidence: d.evidence,
    cluster: d.topic.id,
    x: d.x,
    y: d.y,
    outlier: d.outlier,
    ...(d.outlier
      ? { outlierReason: 'Far from every cluster: shares few words with the other papers' }
      : {}),
  }));
  addSimilar(papers);
  return {
    name: `Synthetic papers (${n.toLocaleString('en-US')})`,
    papers,
    themes: themeSummaries(vocab, papers),
    clusters: clusterSummaries(topics, papers),
  };
}

/** Nearest neighbours on the map within each cluster, found in a window of the x-sorted members. */
function addSimilar(papers: Paper[]): void {
  const byCluster = new Map<number, Paper[]>();
  for (const p of papers) {
    const list = byCluster.get(p.cluster!) ?? [];
    list.push(p);
    byCluster.set(p.cluster!, list);
  }
  for (const members of byCluster.values()) {
    members.sort((a, b) => a.x! - b.x! || a.rank - b.rank);
    members.forEach((p, j) => {
      const near = members
        .slice(Math.max(0, j - 8), j + 9)
        .filter((q) => q !== p)
        .map((q) => ({ q, d: Math.hypot(q.x! - p.x!, q.y! - p.y!) }))
        .sort((a, b) => a.d - b.d || a.q.rank - b.q.rank)
        .slice(0, 5);
      p.similar = near.map((e) => e.q.id);
      p.similarScores = near.map((e) => round(Math.max(0.05, 0.62 - e.d), 3));
    });
  }
}

function themeSummaries(vocab: ThemeVocabulary[], papers: readonly Paper[]): ThemeSummary[] {
  const count = new Map<string, number>();
  for (const p of papers) for (const t of p.themes ?? []) count.set(t, (count.get(t) ?? 0) + 1);
  return vocab.map((t) => ({
    id: t.id,
    label: t.label,
    description: t.description,
    count: count.get(t.id) ?? 0,
  }));
}

function clusterSummaries(topics: readonly Topic[], papers: readonly Paper[]): ClusterSummary[] {
  return topics
    .map((t) => {
      let size = 0;
      let best: Paper | undefined;
      let bestD = Infinity;
      for (const p of papers) {
        if (p.cluster !== t.id) continue;
        size++;
        const d = Math.hypot(p.x! - t.cx, p.y! - t.cy);
        if (d < bestD) [best, bestD] = [p, d];
      }
      const terms = t.words.slice(0, 3);
      return { id: t.id, label: terms.join(' · '), terms, size, representative: best?.id ?? '' };
    })
    .filter((s) => s.size > 0);
}
