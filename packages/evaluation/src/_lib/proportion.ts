import type { ConfidenceInterval } from "../types.ts";
import { twoSidedZ } from "./checks.ts";
import { qbeta } from "./dist.ts";

/** Wilson score interval (Newcombe 1998a, method 3), clamped to [0, 1]. */
export function wilson(count: number, total: number, level: number): ConfidenceInterval {
  const z = twoSidedZ(level);
  const p = count / total;
  const z2 = z * z;
  const denominator = 1 + z2 / total;
  const centre = (p + z2 / (2 * total)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / total + z2 / (4 * total * total))) / denominator;
  return {
    lower: count === 0 ? 0 : Math.max(0, centre - half),
    upper: count === total ? 1 : Math.min(1, centre + half),
    level,
  };
}

/** Clopper–Pearson exact interval (Newcombe 1998a, method 5; R's `binom.test`). */
export function clopperPearson(count: number, total: number, level: number): ConfidenceInterval {
  const alpha = 1 - level;
  return {
    lower: count === 0 ? 0 : qbeta(alpha / 2, count, total - count + 1),
    upper: count === total ? 1 : qbeta(1 - alpha / 2, count + 1, total - count),
    level,
  };
}
