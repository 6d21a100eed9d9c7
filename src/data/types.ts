/** Where a theme rule matched: the paper's title or its abstract. */
export type EvidenceField = 'title' | 'abstract';

/** One matched rule term that made a paper belong to a theme. */
export interface ThemeEvidence {
  /** The text as it matched, e.g. "reinforcement learning". */
  term: string;
  field: EvidenceField;
  /** The rule's contribution to the theme score. */
  weight: number;
}

/** A paper as the views see it. Analysis fields are absent until the pipeline has run. */
export interface Paper {
  /** Stable within a dataset; the ranked-list parser uses the rank. */
  id: string;
  rank: number;
  title: string;
  citations: number;
  /** The abstract as written in the source, LaTeX-isms included. */
  abstract: string;
  /** First GitHub repository URL found in the abstract, or null. */
  github: string | null;
  /** Other http(s) URLs found in the abstract. */
  urls: string[];
  year?: number;
  authors?: string[];
  venue?: string;
  /** Theme ids, strongest first. */
  themes?: string[];
  themeEvidence?: Record<string, ThemeEvidence[]>;
  cluster?: number;
  x?: number;
  y?: number;
  /** Ids of the most similar papers, most similar first. */
  similar?: string[];
  /** Cosine similarity for each entry of `similar`. */
  similarScores?: number[];
  outlier?: boolean;
  outlierReason?: string;
}

/** A theme of the taxonomy with its count in the dataset. */
export interface ThemeSummary {
  id: string;
  label: string;
  description: string;
  count: number;
}

/** A topic cluster found by the analysis. */
export interface ClusterSummary {
  id: number;
  label: string;
  terms: string[];
  size: number;
  /** Id of the paper closest to the cluster's centre. */
  representative: string;
}

/** The interchange format (docs/data-format.md). */
export interface Dataset {
  name: string;
  papers: Paper[];
  themes: ThemeSummary[];
  clusters: ClusterSummary[];
  /**
   * Where the abstracts are when the file keeps them in a companion file (a JSON array of
   * strings, one per paper, in order): a URL relative to the dataset file. Its papers then carry
   * `abstract: ""` until the app has read the companion, after its first paint.
   */
  abstracts?: string;
}

/** A problem found while reading input that did not stop it. */
export interface ValidationWarning {
  /** 1-based line (text formats) or record number (JSON, CSV rows). */
  line?: number;
  kind: 'duplicate' | 'missing-field' | 'skipped' | 'rank-order' | 'citation-order' | 'other';
  message: string;
}

/** Reports progress of a long computation: a stage name and a fraction in [0, 1]. */
export type ProgressCallback = (stage: string, fraction: number) => void;
