import { invert } from "./dist.ts";
import { pnct } from "./noncentralT.ts";

/** The x where the increasing `f` crosses `target`, bracketed on the side of 0 that f(0) says. */
function crossing(f: (x: number) => number, target: number, start: number): number {
  if (f(0) < target) {
    let hi = Math.max(1, start);
    while (f(hi) < target && hi < 1e6) hi *= 2;
    return invert(f, target, [0, hi]);
  }
  let lo = Math.min(-1, start);
  while (f(lo) >= target && lo > -1e6) lo *= 2;
  return invert(f, target, [lo, 0]);
}

/**
 * The confidence interval for the noncentrality parameter of a t statistic (Steiger & Fouladi
 * 1997; what R's `effectsize` and MBESS do): the ncp with P(T > t | ncp) = α/2 is the lower
 * bound, the one with P(T ≤ t | ncp) = α/2 the upper. At ncp = 0 these are exactly the t-test's
 * one-sided p-values, so the interval excludes 0 exactly when the two-sided p < α.
 */
export function noncentralityInterval(
  t: number,
  df: number,
  level: number,
): { readonly lower: number; readonly upper: number } {
  const half = (1 - level) / 2;
  const lower = crossing((ncp) => pnct(t, { df, ncp }, true), half, t - 2);
  const upper = crossing((ncp) => -pnct(t, { df, ncp }), -half, t + 2);
  return { lower, upper };
}
