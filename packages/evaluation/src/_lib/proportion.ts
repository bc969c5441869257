import { match } from "ts-pattern";
import type { Alternative, ConfidenceInterval, ProportionIntervalMethod } from "../types.ts";
import { twoSidedZ } from "./checks.ts";
import { qbeta, qnorm } from "./dist.ts";

interface Bounds {
  readonly lower: number;
  readonly upper: number;
}

/** Wilson score bounds (Newcombe 1998a, method 3) at critical value z, clamped to [0, 1]. */
function wilsonBounds(count: number, total: number, z: number): Bounds {
  const p = count / total;
  const z2 = z * z;
  const denominator = 1 + z2 / total;
  const centre = (p + z2 / (2 * total)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / total + z2 / (4 * total * total))) / denominator;
  return {
    lower: count === 0 ? 0 : Math.max(0, centre - half),
    upper: count === total ? 1 : Math.min(1, centre + half),
  };
}

/** Wilson bounds with continuity correction (Newcombe 1998a, method 4) at critical value z. */
function wilsonCcBounds(count: number, n: number, z: number): Bounds {
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
  return { lower: Math.max(0, lower), upper: Math.min(1, upper) };
}

/** Clopper–Pearson bounds (Newcombe 1998a, method 5; R's `binom.test`) with `tail` in each tail. */
function clopperPearsonBounds(count: number, total: number, tail: number): Bounds {
  return {
    lower: count === 0 ? 0 : qbeta(tail, count, total - count + 1),
    upper: count === total ? 1 : qbeta(1 - tail, count + 1, total - count),
  };
}

/** The two-sided Wilson score interval (Newcombe 1998a, method 3). */
export function wilson(count: number, total: number, level: number): ConfidenceInterval {
  return { ...wilsonBounds(count, total, twoSidedZ(level)), level };
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
  // As R: z = Φ⁻¹(1 − α/2) two-sided and Φ⁻¹(level) one-sided; α/2 or α in a tail.
  const z = alternative === "two.sided" ? twoSidedZ(level) : qnorm(level);
  const tail = alternative === "two.sided" ? (1 - level) / 2 : 1 - level;
  const bounds = match(options.method)
    .with("wilson", () => wilsonBounds(count, total, z))
    .with("wilson-cc", () => wilsonCcBounds(count, total, z))
    .with("clopper-pearson", () => clopperPearsonBounds(count, total, tail))
    .exhaustive();
  // Keep the bound the alternative asks for; the other side is 0 or 1, as R prints it.
  return {
    lower: alternative === "less" ? 0 : bounds.lower,
    upper: alternative === "greater" ? 1 : bounds.upper,
    level,
  };
}
