import { match } from "ts-pattern";
import type { Alternative, ConfidenceInterval, ProportionIntervalMethod } from "../types.ts";
import { twoSidedZ } from "./checks.ts";
import { qbeta, qnorm } from "./dist.ts";

/** z for the interval: Φ⁻¹(1 − α/2) two-sided, Φ⁻¹(level) for a one-sided bound (as R). */
function zFor(level: number, alternative: Alternative): number {
  return alternative === "two.sided" ? twoSidedZ(level) : qnorm(level);
}

/** Keeps the bound(s) the alternative asks for; the other side is 0 or 1, as R prints it. */
function sided(
  bounds: { readonly lower: number; readonly upper: number },
  level: number,
  alternative: Alternative,
): ConfidenceInterval {
  return {
    lower: alternative === "less" ? 0 : bounds.lower,
    upper: alternative === "greater" ? 1 : bounds.upper,
    level,
  };
}

/** Wilson score interval (Newcombe 1998a, method 3), clamped to [0, 1]. */
export function wilson(
  count: number,
  total: number,
  level: number,
  alternative: Alternative = "two.sided",
): ConfidenceInterval {
  const z = zFor(level, alternative);
  const p = count / total;
  const z2 = z * z;
  const denominator = 1 + z2 / total;
  const centre = (p + z2 / (2 * total)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / total + z2 / (4 * total * total))) / denominator;
  const bounds = {
    lower: count === 0 ? 0 : Math.max(0, centre - half),
    upper: count === total ? 1 : Math.min(1, centre + half),
  };
  return sided(bounds, level, alternative);
}

/** Wilson score interval with continuity correction (Newcombe 1998a, method 4). */
export function wilsonCc(
  count: number,
  total: number,
  level: number,
  alternative: Alternative = "two.sided",
): ConfidenceInterval {
  const z = zFor(level, alternative);
  const n = total;
  const p = count / n;
  const z2 = z * z;
  const denominator = 2 * (n + z2);
  const lower =
    count === 0
      ? 0
      : (2 * n * p + z2 - 1 - z * Math.sqrt(z2 - 2 - 1 / n + 4 * p * (n * (1 - p) + 1))) /
        denominator;
  const upper =
    count === n
      ? 1
      : (2 * n * p + z2 + 1 + z * Math.sqrt(z2 + 2 - 1 / n + 4 * p * (n * (1 - p) - 1))) /
        denominator;
  return sided({ lower: Math.max(0, lower), upper: Math.min(1, upper) }, level, alternative);
}

/**
 * Clopper–Pearson exact interval (Newcombe 1998a, method 5), as R's `binom.test`: α/2 in each
 * tail two-sided, α in the one tail of a one-sided bound.
 */
export function clopperPearson(
  count: number,
  total: number,
  level: number,
  alternative: Alternative = "two.sided",
): ConfidenceInterval {
  const tail = alternative === "two.sided" ? (1 - level) / 2 : 1 - level;
  const bounds = {
    lower: count === 0 ? 0 : qbeta(tail, count, total - count + 1),
    upper: count === total ? 1 : qbeta(1 - tail, count + 1, total - count),
  };
  return sided(bounds, level, alternative);
}

/** The interval of `method` for count/total. */
export function proportionInterval(
  count: number,
  total: number,
  options: {
    readonly method: ProportionIntervalMethod;
    readonly level: number;
    readonly alternative: Alternative;
  },
): ConfidenceInterval {
  const { level, alternative } = options;
  return match(options.method)
    .with("wilson", () => wilson(count, total, level, alternative))
    .with("wilson-cc", () => wilsonCc(count, total, level, alternative))
    .with("clopper-pearson", () => clopperPearson(count, total, level, alternative))
    .exhaustive();
}
