// Word lists and sentence templates for synthetic papers (benchmark datasets). The words are
// ordinary NLP vocabulary so that the search, themes and cluster labels look like real ones.

/** Topic words; each synthetic cluster draws its own vocabulary from these. */
export const TOPIC_WORDS = [
  'instruction following',
  'long context',
  'code generation',
  'machine translation',
  'summarization',
  'question answering',
  'dialogue',
  'tokenization',
  'multilingual transfer',
  'low-resource languages',
  'speech recognition',
  'named entity recognition',
  'semantic parsing',
  'text classification',
  'sentiment analysis',
  'hallucination',
  'factuality',
  'calibration',
  'uncertainty estimation',
  'in-context learning',
  'prompt optimization',
  'chain-of-thought',
  'self-consistency',
  'planning',
  'theorem proving',
  'mathematical reasoning',
  'commonsense reasoning',
  'knowledge graphs',
  'entity linking',
  'information extraction',
  'document understanding',
  'table reasoning',
  'program synthesis',
  'unit tests',
  'software engineering',
  'web navigation',
  'tool calling',
  'memory',
  'retrieval',
  'dense retrieval',
  'reranking',
  'query rewriting',
  'embeddings',
  'contrastive learning',
  'preference optimization',
  'reward modeling',
  'policy gradient',
  'GRPO',
  'PPO',
  'DPO',
  'distillation',
  'quantization',
  'pruning',
  'KV cache',
  'speculative decoding',
  'mixture of experts',
  'state space models',
  'linear attention',
  'positional encoding',
  'pretraining data',
  'data filtering',
  'synthetic data',
  'curriculum learning',
  'scaling laws',
  'evaluation',
  'benchmark contamination',
  'LLM-as-a-judge',
  'human preference',
  'red teaming',
  'jailbreaks',
  'refusal',
  'interpretability',
  'sparse autoencoders',
  'probing',
  'steering vectors',
  'bias',
  'fairness',
  'privacy',
  'watermarking',
  'vision-language models',
  'image captioning',
  'video understanding',
  'audio',
  'GUI agents',
  'multi-agent debate',
  'scientific discovery',
  'medical QA',
  'legal reasoning',
  'education',
  'code review',
  'agentic search',
  'test-time scaling',
] as const;

const ADJECTIVES = [
  'simple',
  'scalable',
  'efficient',
  'robust',
  'unified',
  'lightweight',
  'principled',
  'adaptive',
  'general',
  'data-efficient',
  'training-free',
  'modular',
  'hierarchical',
  'verifiable',
  'open',
];
const VERBS = ['improves', 'stabilises', 'accelerates', 'simplifies', 'generalises', 'strengthens'];
const GENERIC = [
  'strong baselines',
  'prior work',
  'human annotators',
  'open-weight models',
  'proprietary models',
  'small models',
  'frontier models',
  'standard benchmarks',
  'held-out tasks',
  'real-world settings',
];
const SYLLABLES = [
  'Re',
  'Zo',
  'Ka',
  'Lu',
  'Mi',
  'Ta',
  'Vo',
  'Xi',
  'Ne',
  'Sa',
  'Or',
  'Phi',
  'Qu',
  'Em',
];
const SUFFIXES = [
  '-R1',
  '-7B',
  'Net',
  'Former',
  'LM',
  'GPT',
  '-Zero',
  'Bench',
  'RL',
  'Agent',
  'Coder',
];

/** A seeded source of choices used by the text generator. */
export interface Chooser {
  random: () => number;
  /** Uniform pick. */
  pick<T>(items: readonly T[]): T;
  /** Pick biased towards the front of the list (Zipf-like), as words are in real text. */
  zipf<T>(items: readonly T[]): T;
  int(lo: number, hi: number): number;
}

/** Wraps a PRNG into the choice helpers. */
export function chooser(random: () => number): Chooser {
  return {
    random,
    pick: (items) => items[Math.floor(random() * items.length)]!,
    zipf: (items) => items[Math.floor(items.length * random() ** 1.6)]!,
    int: (lo, hi) => lo + Math.floor(random() * (hi - lo + 1)),
  };
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** An invented method name like "KaLuFormer". */
export function methodName(c: Chooser): string {
  return c.pick(SYLLABLES) + c.pick(SYLLABLES).toLowerCase() + c.pick(SUFFIXES);
}

/** A title in one of the shapes real titles take. */
export function makeTitle(
  c: Chooser,
  method: string,
  topic: readonly string[],
  evidence: string | null,
): string {
  const t1 = c.zipf(topic);
  const t2 = evidence ?? c.zipf(topic);
  switch (c.int(0, 3)) {
    case 0:
      return `${method}: ${cap(c.pick(ADJECTIVES))} ${t1} with ${t2}`;
    case 1:
      return `${cap(t1)} via ${t2}`;
    case 2:
      return `On the ${c.pick(['limits', 'role', 'robustness', 'efficiency'])} of ${t1} in ${t2}`;
    default:
      return `${method}: Towards ${c.pick(ADJECTIVES)} ${t1} for ${t2}`;
  }
}

/** One abstract sentence about the topic; `e` is a theme term the sentence must contain, if any. */
function sentence(c: Chooser, method: string, topic: readonly string[], e: string | null): string {
  const t = () => c.zipf(topic);
  const ev = e ?? t();
  switch (c.int(0, 11)) {
    case 8:
      return `A key obstacle is that ${ev} depends on ${t()}, which ${c.pick(GENERIC)} rarely provide.`;
    case 9:
      return `To address this, we propose a ${c.pick(ADJECTIVES)} objective that couples ${ev} with ${t()}.`;
    case 10:
      return `Ablations confirm that each component matters, and that ${ev} accounts for most of the gain on ${t()}.`;
    case 11:
      return `On ${c.pick(['six', 'eight', 'twelve', 'twenty'])} ${t()} tasks, ${method} matches ${c.pick(GENERIC)} at a fraction of the cost.`;
    case 0:
      return `We introduce ${method}, a ${c.pick(ADJECTIVES)} approach to ${t()} that ${c.pick(VERBS)} ${ev} through ${t()}.`;
    case 1:
      return `Existing methods for ${t()} struggle with ${ev} and rarely transfer to ${c.pick(GENERIC)}.`;
    case 2:
      return `Experiments on ${c.int(3, 14)} benchmarks show that ${method} improves ${ev} by ${c.int(2, 38)}% over ${c.pick(GENERIC)}.`;
    case 3:
      return `Our analysis reveals that ${t()} is driven mainly by ${ev}, not by ${t()}.`;
    case 4:
      return `Unlike ${c.pick(GENERIC)}, we treat ${ev} as a first-class part of ${t()} and study its effect on ${t()}.`;
    case 5:
      return `${method} scales to ${c.pick([1, 3, 7, 14, 32, 70])}B parameters while keeping ${ev} ${c.pick(['stable', 'cheap', 'interpretable', 'reliable'])}.`;
    case 6:
      return `We further find that combining ${ev} with ${t()} yields consistent gains on ${c.pick(GENERIC)}.`;
    default:
      return `We release code, data and models to support future work on ${ev} and ${t()}.`;
  }
}

/**
 * An abstract of about `targetChars` characters; each term of `evidence` appears in it at least
 * once, so the theme evidence of the synthetic paper is true of its text.
 */
export function makeAbstract(
  c: Chooser,
  method: string,
  topic: readonly string[],
  evidence: readonly string[],
  targetChars: number,
): string {
  const parts: string[] = [];
  let length = 0;
  let i = 0;
  // Stops a little short rather than a whole sentence over, so the median length is the target.
  while (length < targetChars - 50 || i < evidence.length) {
    // Evidence terms go in early sentences, where real abstracts state what a paper is about.
    const s = sentence(c, method, topic, i < evidence.length ? evidence[i]! : null);
    parts.push(s);
    length += s.length + 1;
    i++;
  }
  return parts.join(' ');
}
