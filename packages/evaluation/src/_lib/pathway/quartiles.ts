/**
 * The median and quartiles of a list of numbers by R's default `quantile(type = 7)`: for sorted
 * x of length n, the p-quantile is x[h] interpolated linearly, with h = (n − 1)p (0-based).
 */
export function quartilesOf(values: readonly number[]): {
  readonly lowerQuartile: number;
  readonly median: number;
  readonly upperQuartile: number;
} {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number): number => {
    const h = (sorted.length - 1) * p;
    const lo = Math.floor(h);
    const a = sorted[lo] ?? Number.NaN;
    const b = sorted[Math.min(lo + 1, sorted.length - 1)] ?? a;
    return a + (h - lo) * (b - a);
  };
  return { lowerQuartile: at(0.25), median: at(0.5), upperQuartile: at(0.75) };
}
