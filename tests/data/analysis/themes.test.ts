import { describe, expect, it } from 'vitest';
import { DEFAULT_TAXONOMY } from '../../../src/data/themes/default-taxonomy.ts';
import { assignThemes, compileTaxonomy } from '../../../src/data/themes/assign.ts';
import { parseTaxonomy } from '../../../src/data/themes/taxonomy.ts';

const compiled = compileTaxonomy(DEFAULT_TAXONOMY);
const themesOf = (title: string, abstract: string) =>
  assignThemes(title, abstract, compiled, DEFAULT_TAXONOMY.titleMultiplier).themes;

// Hand-written abstracts: [theme, title, abstract, expected].
const CASES: [string, string, string, boolean][] = [
  [
    'rl',
    'Scaling GRPO for Math',
    'We train with reinforcement learning (RL) from verifiable rewards. RL with GRPO improves accuracy.',
    true,
  ],
  [
    'rl',
    'A Study of Prompt Formats',
    'We compare prompts; reinforcement learning baselines are included for reference.',
    false,
  ],
  [
    'reasoning',
    'Long Chain-of-Thought Reasoning',
    'Reasoning models think longer at test time; chain-of-thought reasoning improves math.',
    true,
  ],
  ['reasoning', 'A Corpus of News Headlines', 'We collect headlines and tag their topics.', false],
  [
    'efficiency',
    'Stop Overthinking',
    'Reasoning models suffer from overthinking; we compress the chain-of-thought and cut token usage and latency.',
    true,
  ],
  ['efficiency', 'Better Math Solvers', 'Our solver is efficient and accurate on math.', false],
  [
    'multimodal',
    'A Vision-Language Model',
    'We train on images and video with a visual encoder.',
    true,
  ],
  ['multimodal', 'Text Classification', 'We classify text; images are future work.', false],
  [
    'agents',
    'Web Agents That Browse',
    'An LLM agent uses tools and web search; multi-agent debate helps the agent.',
    true,
  ],
  ['agents', 'Faster Decoding', 'We speed up decoding of language models.', false],
  [
    'retrieval',
    'Dense Retrieval for RAG',
    'Retrieval-augmented generation with a retrieval model and reranking of retrieved passages.',
    true,
  ],
  ['retrieval', 'Poetry Generation', 'We generate poems and search for rhymes.', false],
  [
    'reward',
    'Process Reward Models for Math',
    'A process reward model (PRM) scores each step; PRMs beat outcome verifiers.',
    true,
  ],
  ['reward', 'RL for Math', 'We use a rule-based reward for RL on math problems.', false],
  [
    'evaluation',
    'HardBench: A Benchmark for Agents',
    'We introduce HardBench, a benchmark of 500 questions with human-annotated answers.',
    true,
  ],
  [
    'evaluation',
    'A New Optimiser',
    'Our optimiser improves results on standard benchmarks.',
    false,
  ],
  [
    'model-report',
    'Foo-2 Technical Report',
    'In this report we present the Foo-2 model family, from 1B to 70B parameters.',
    true,
  ],
  ['model-report', 'Why Models Fail', 'We analyse failures of 7B models.', false],
  [
    'safety',
    'Jailbreak Defences',
    'We study safety: jailbreak attacks, harmful requests and safeguards.',
    true,
  ],
  ['safety', 'Aligned Hardware Kernels', 'Our hardware-aligned kernels are fast.', false],
  [
    'architecture',
    'Sparse Attention for Long Context',
    'A new attention mechanism with a recurrent state for long-context pretraining.',
    true,
  ],
  ['architecture', 'Prompting Tricks', 'We try several prompts.', false],
  [
    'data-sft',
    'Less Is More for SFT',
    'Supervised fine-tuning (SFT) on 1k curated examples; data selection matters.',
    true,
  ],
  ['data-sft', 'RL Fine-Tuning', 'We fine-tune with RL.', false],
  ['survey', 'A Survey of Agents', 'This survey reviews agents and proposes a taxonomy.', true],
  ['survey', 'An Agent', 'We build an agent and survey users about it.', false],
];

describe('assignThemes(title, abstract) with data/themes.json', () => {
  it.each(CASES)('%s: "%s" -> %s', (theme, title, abstract, expected) => {
    expect(themesOf(title, abstract).includes(theme)).toBe(expected);
  });

  it('keeps evidence with the matched text and where it matched', () => {
    const a = assignThemes(
      'Reinforcement Learning for Math',
      'We apply GRPO.',
      compiled,
      DEFAULT_TAXONOMY.titleMultiplier,
    );
    expect(a.evidence.rl).toContainEqual({
      term: 'Reinforcement Learning',
      field: 'title',
      weight: 4,
    });
    expect(a.evidence.rl).toContainEqual({ term: 'GRPO', field: 'abstract', weight: 1.2 });
  });

  it('covers exactly the thirteen agreed themes', () => {
    expect(DEFAULT_TAXONOMY.themes.map((t) => t.id)).toEqual([
      'rl',
      'reasoning',
      'efficiency',
      'multimodal',
      'agents',
      'retrieval',
      'reward',
      'evaluation',
      'model-report',
      'safety',
      'architecture',
      'data-sft',
      'survey',
    ]);
  });
});

describe('parseTaxonomy(input)', () => {
  it('reports every broken field by path', () => {
    const broken = {
      version: 1,
      themes: [
        {
          id: 'Bad Id',
          label: 'x',
          description: '',
          threshold: 0,
          rules: [{ pattern: '(', weight: 1 }, { weight: 1 }],
        },
      ],
    };
    expect(() => parseTaxonomy(broken)).toThrowError(/themes\[0\]\.id: ids are lower-case/);
    expect(() => parseTaxonomy(broken)).toThrowError(
      /themes\[0\]\.rules\[0\]\.pattern: invalid regular expression/,
    );
    expect(() => parseTaxonomy(broken)).toThrowError(
      /themes\[0\]\.rules\[1\]: a rule needs exactly one of "terms" or "pattern"/,
    );
  });

  it('rejects duplicate ids', () => {
    const t = {
      id: 'a',
      label: 'A',
      description: '',
      threshold: 1,
      rules: [{ terms: ['x'], weight: 1 }],
    };
    expect(() => parseTaxonomy({ version: 1, themes: [t, t] })).toThrowError(
      /duplicate theme id "a"/,
    );
  });
});
