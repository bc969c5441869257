// Sample quantiles as R's `quantile(x, probs, type)` (stats/R/quantile.R; Hyndman & Fan 1996).
import { match } from "ts-pattern";
import type { QuantileType } from "../descriptive/quantileType.ts";

const FUZZ = 4 * Number.EPSILON;

/** Hyndman & Fan's (a, b) for the continuous types 4–9: p_k = (k − a)/(n + 1 − a − b). */
function plottingPosition(type: 4 | 5 | 6 | 7 | 8 | 9): readonly [number, number] {
  return match(type)
    .with(4, () => [0, 1] as const)
    .with(5, () => [0.5, 0.5] as const)
    .with(6, () => [0, 0] as const)
    .with(7, () => [1, 1] as const)
    .with(8, () => [1 / 3, 1 / 3] as const)
    .with(9, () => [3 / 8, 3 / 8] as const)
    .exhaustive();
}

/** j (1-based) and the weight h on x_{j+1}, exactly as R computes them. */
function positionOf(p: number, n: number, type: QuantileType): { j: number; h: number } {
  if (type === 1 || type === 2 || type === 3) {
    const nppm = type === 3 ? n * p - 0.5 : n * p;
    const j = Math.floor(nppm + FUZZ);
    const h = match(type)
      .with(1, () => (nppm > j ? 1 : 0))
      .with(2, () => ((nppm > j ? 1 : 0) + 1) / 2)
      .with(3, () => (nppm !== j || j % 2 === 1 ? 1 : 0))
      .exhaustive();
    return { j, h };
  }
  const [a, b] = plottingPosition(type);
  const nppm = a + p * (n + 1 - a - b);
  const j = Math.floor(nppm + FUZZ);
  const h = nppm - j;
  return { j, h: Math.abs(h) < FUZZ ? 0 : h };
}

/** The p-quantile of the ascending `sorted` (non-empty) by R's `type`. */
export function quantileOfSorted(sorted: readonly number[], p: number, type: QuantileType): number {
  const n = sorted.length;
  const at = (k: number): number => sorted[Math.min(n, Math.max(1, k)) - 1] ?? Number.NaN;
  const { j, h } = positionOf(p, n, type);
  const lo = at(j);
  const hi = at(j + 1);
  if (h === 0 || lo === hi) return lo;
  if (h === 1) return hi;
  return (1 - h) * lo + h * hi;
}
