/** Per-paper signals of how well a paper fits the collection. */
export interface OutlierSignals {
  /** Cosine to the collection centroid, on a vocabulary that keeps the collection's common words. */
  centroid: readonly number[];
  /** Mean cosine to the paper's nearest neighbours. */
  neighbours: readonly number[];
}

/** Options of {@link findOutliers}. */
export interface OutlierOptions {
  /** Flag when the summed robust z-scores reach this (default 4). */
  threshold?: number;
}

function robustZ(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = (a: number[]) => (a.length % 2 ? a[(a.length - 1) / 2]! : (a[a.length / 2 - 1]! + a[a.length / 2]!) / 2);
  const med = mid(sorted);
  const mad = mid(values.map((v) => Math.abs(v - med)).sort((a, b) => a - b)) * 1.4826 || 1e-9;
  // Positive when a paper is *less* similar than typical.
  return values.map((v) => (med - v) / mad);
}

function shareAbove(values: readonly number[], v: number): number {
  return Math.floor((100 * values.filter((o) => o > v).length) / values.length);
}

/**
 * Flags papers that do not belong with the collection. Two robust z-scores (median and MAD) must
 * agree: the paper's words are atypical of the collection (centroid) and its nearest neighbours are
 * unusually far. Their sum must reach the threshold, so flags stay few and mean something.
 */
export function findOutliers(signals: OutlierSignals, options: OutlierOptions = {}): (string | null)[] {
  const n = signals.centroid.length;
  if (n < 10) return signals.centroid.map(() => null);
  const zc = robustZ(signals.centroid);
  const zn = robustZ(signals.neighbours);
  const threshold = options.threshold ?? 4;
  return zc.map((c, i) => {
    const z = zn[i]!;
    if (c < 1 || z < 1 || c + z < threshold) return null;
    const pc = shareAbove(signals.centroid, signals.centroid[i]!);
    const pn = shareAbove(signals.neighbours, signals.neighbours[i]!);
    return (
      `its words are less typical of the collection than those of ${pc}% of papers, and its nearest ` +
      `neighbours are less similar than ${pn}% of papers' nearest neighbours ` +
      `(cosine to the collection centre ${signals.centroid[i]!.toFixed(2)}, to its neighbours ${signals.neighbours[i]!.toFixed(2)})`
    );
  });
}
