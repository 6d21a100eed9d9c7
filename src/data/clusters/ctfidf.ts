/**
 * Class-based TF-IDF (Grootendorst 2022, BERTopic): a cluster is one big document; a term weighs
 * tf(t, c) · log(1 + A / f(t)), with tf L1-normalised within the class, A the average number of
 * words per class and f(t) the term's frequency over all classes.
 */
export function classTfidf(
  counts: readonly Map<number, number>[],
  labels: readonly number[],
  k: number,
): Map<number, number>[] {
  const classCounts = Array.from({ length: k }, () => new Map<number, number>());
  const totals = new Float64Array(k);
  const termTotal = new Map<number, number>();
  counts.forEach((doc, d) => {
    const c = labels[d]!;
    const m = classCounts[c]!;
    for (const [t, n] of doc) {
      m.set(t, (m.get(t) ?? 0) + n);
      termTotal.set(t, (termTotal.get(t) ?? 0) + n);
      totals[c]! += n;
    }
  });
  const avg = totals.reduce((a, b) => a + b, 0) / Math.max(1, k);
  return classCounts.map((m, c) => {
    const out = new Map<number, number>();
    for (const [t, n] of m)
      out.set(t, (n / (totals[c]! || 1)) * Math.log(1 + avg / termTotal.get(t)!));
    return out;
  });
}

/**
 * Top terms of a class, skipping a term whose words overlap a term already chosen (so "GRPO"
 * and "GRPO training" do not both appear). Ties go to the alphabetically first key.
 */
export function topTerms(
  weights: Map<number, number>,
  keys: readonly string[],
  count: number,
): number[] {
  const ranked = [...weights].sort((a, b) => b[1] - a[1] || (keys[a[0]]! < keys[b[0]]! ? -1 : 1));
  const chosen: number[] = [];
  const used = new Set<string>();
  for (const [t] of ranked) {
    if (chosen.length >= count) break;
    const words = keys[t]!.split(' ');
    if (words.some((w) => used.has(w))) continue;
    chosen.push(t);
    for (const w of words) used.add(w);
  }
  return chosen;
}
