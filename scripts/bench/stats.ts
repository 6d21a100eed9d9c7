// Summaries, budgets and the printed table of the benchmark.

/** One measured metric at one dataset size. */
export interface MetricResult {
  n: number;
  metric: string;
  unit: 'ms' | 'MB' | 'KB' | 'count' | '%';
  median: number | null;
  p95: number | null;
  samples: number;
  /**
   * The samples in the order they were taken (0.1 precision), so a reader can see which ones set
   * the p95: e.g. the first clicks after load.
   */
  values?: number[];
  /** Why there is no figure (e.g. "n/a (no Citations brush)"). */
  note?: string;
}

/** Linear-interpolated quantile of unsorted values. */
export function quantile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * p;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/** A metric from raw samples (median and p95), or an n/a row when there are none. */
export function summarise(
  n: number,
  metric: string,
  unit: MetricResult['unit'],
  values: readonly number[],
  note?: string,
): MetricResult {
  if (values.length === 0)
    return {
      n,
      metric,
      unit,
      median: null,
      p95: null,
      samples: 0,
      note: note ?? 'n/a (no samples)',
    };
  return {
    n,
    metric,
    unit,
    median: quantile(values, 0.5),
    p95: quantile(values, 0.95),
    samples: values.length,
    values: values.map((v) => Math.round(v * 10) / 10),
    ...(note ? { note } : {}),
  };
}

/** A metric that could not be measured, with the reason. */
export function notAvailable(
  n: number,
  metric: string,
  unit: MetricResult['unit'],
  note: string,
): MetricResult {
  return { n, metric, unit, median: null, p95: null, samples: 0, note };
}

interface Budget {
  /** Which statistic the budget applies to. */
  stat: 'median' | 'p95';
  /** Limit by size; sizes in between use the next larger size's limit. */
  limits: [number, number][];
}

// From the project's benchmarking notes ("Budgets"): p95 unless marked median.
const BUDGETS: Record<string, Budget> = {
  'load: navigation → app:ready': {
    stat: 'median',
    limits: [
      [100, 1000],
      [10_000, 1500],
      [100_000, 3000],
    ],
  },
  'theme click → settled': {
    stat: 'p95',
    limits: [
      [100, 50],
      [10_000, 100],
      [100_000, 200],
    ],
  },
  'brush frame interval': {
    stat: 'p95',
    limits: [
      [100, 17],
      [10_000, 33],
      [100_000, 50],
    ],
  },
  'brush input → settled': {
    stat: 'p95',
    limits: [
      [100, 50],
      [10_000, 66],
      [100_000, 100],
    ],
  },
  'export PNG click → file': {
    stat: 'p95',
    limits: [
      [100, 250],
      [10_000, 500],
      [100_000, 1000],
    ],
  },
  'load: DOM nodes': { stat: 'p95', limits: [[Infinity, 3000]] },
  'load: JS heap after GC': {
    stat: 'p95',
    limits: [
      [100, 20],
      [10_000, 60],
      [100_000, 250],
    ],
  },
  'bundle: initial JS+CSS gzip': { stat: 'p95', limits: [[Infinity, 150]] },
};

/** The budget for a metric at size n, as "≤ X" with the statistic it applies to, or null. */
export function budgetFor(
  metric: string,
  n: number,
): { stat: 'median' | 'p95'; limit: number } | null {
  const budget = BUDGETS[metric];
  if (!budget) return null;
  const entry =
    budget.limits.find(([size]) => n <= size) ?? budget.limits[budget.limits.length - 1]!;
  return { stat: budget.stat, limit: entry[1] };
}

/** One display frame at 60 Hz: animation-frame timestamps are whole multiples of it. */
const VSYNC_MS = 1000 / 60;

/**
 * True when `value` meets `limit`. Frame intervals can only be 16.7, 33.3, 50 ms, …, so their
 * budgets of 17, 33 and 50 ms read as one, two and three frames (33.3 ms meets "33 ms").
 */
export function withinBudget(metric: string, value: number, limit: number): boolean {
  if (metric.endsWith('frame interval'))
    return value <= Math.round(limit / VSYNC_MS) * VSYNC_MS + 0.5;
  return value <= limit;
}

/** ✓ / ✗ against the budget, or '' when the metric has none or no figure. */
export function verdict(r: MetricResult): string {
  const budget = budgetFor(r.metric, r.n);
  const value = budget ? r[budget.stat] : null;
  if (!budget || value === null) return '';
  return withinBudget(r.metric, value, budget.limit) ? '✓' : '✗';
}

const fmt = (v: number | null, unit: string) =>
  v === null
    ? ''
    : unit === 'ms'
      ? v.toFixed(v < 10 ? 1 : 0)
      : unit === 'MB' || unit === 'KB'
        ? v.toFixed(1)
        : unit === '%'
          ? v.toFixed(1)
          : String(Math.round(v));

/** The results as an aligned text table (N, metric, median, p95, samples, budget, ✓/✗). */
export function formatTable(results: readonly MetricResult[]): string {
  const head = ['N', 'metric', 'median', 'p95', 'samples', 'budget', ''];
  const rows = results.map((r) => {
    const budget = budgetFor(r.metric, r.n);
    const budgetText = budget
      ? `${budget.stat === 'median' ? 'median ' : ''}≤ ${budget.limit} ${r.unit}`
      : '';
    const noted = r.note && r.median === null;
    return [
      r.n === 0 ? '-' : r.n.toLocaleString('en-US'),
      `${r.metric} (${r.unit})`,
      noted ? r.note! : fmt(r.median, r.unit),
      noted ? '' : fmt(r.p95, r.unit),
      String(r.samples),
      budgetText,
      verdict(r) + (r.note && !noted ? ` ${r.note}` : ''),
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i >= 2 && i <= 4 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** Ratios of this run's medians and p95s to a baseline's (1.00 = same; < 1 = faster/smaller). */
export function formatComparison(
  current: readonly MetricResult[],
  baseline: readonly MetricResult[],
): string {
  const key = (r: MetricResult) => `${r.n}|${r.metric}`;
  const base = new Map(baseline.map((r) => [key(r), r]));
  const lines = ['N  metric  median ratio  p95 ratio  (current / baseline)'];
  for (const r of current) {
    const b = base.get(key(r));
    if (!b) continue;
    const ratio = (x: number | null, y: number | null) =>
      x === null || y === null || y === 0 ? '   -' : (x / y).toFixed(2);
    lines.push(
      `${r.n.toLocaleString('en-US')}  ${r.metric}  ${ratio(r.median, b.median)}  ${ratio(r.p95, b.p95)}`,
    );
  }
  return lines.join('\n');
}
