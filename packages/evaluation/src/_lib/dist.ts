// The one place distribution functions come from (docs/decisions/0050, 0051). Everything else
// imports these wrappers, so the numerical library can be swapped in one file.
//
// CDFs come from @stdlib. The t and beta quantiles are found by inverting those CDFs with
// bisection to full double precision, rather than with @stdlib's own quantile packages: their
// inverse incomplete beta pulls in `debug` (Node built-ins), which breaks Node-ESM bundles of
// this package and adds ~15 kB gzip. The tests check both against R and against @stdlib's
// quantiles (kept as dev dependencies) to 1e-12.
import betaCdf from "@stdlib/stats-base-dists-beta-cdf";
import normalCdf from "@stdlib/stats-base-dists-normal-cdf";
import normalQuantile from "@stdlib/stats-base-dists-normal-quantile";
import signrankCdf from "@stdlib/stats-base-dists-signrank-cdf";
import tCdf from "@stdlib/stats-base-dists-t-cdf";

/** P(Z ≤ z) for the standard normal (R's `pnorm(z)`). */
export function pnorm(z: number): number {
  return normalCdf(z, 0, 1);
}

/** The standard normal quantile (R's `qnorm(p)`). */
export function qnorm(p: number): number {
  return normalQuantile(p, 0, 1);
}

/** P(T ≤ t) for Student's t with `df` degrees of freedom (R's `pt(t, df)`). */
export function pt(t: number, df: number): number {
  return tCdf(t, df);
}

/**
 * The x in [lo, hi] where the increasing function `f` crosses `target`, by bisection until the
 * bracket cannot shrink any further in double precision.
 */
function invert(f: (x: number) => number, target: number, bracket: [number, number]): number {
  let [lo, hi] = bracket;
  for (let i = 0; i < 2000; i++) {
    const mid = lo + (hi - lo) / 2;
    if (mid <= lo || mid >= hi || hi - lo <= 2e-16 * Math.max(Math.abs(lo), Math.abs(hi))) break;
    if (f(mid) < target) lo = mid;
    else hi = mid;
  }
  return lo + (hi - lo) / 2;
}

/** Student's t quantile (R's `qt(p, df)`), solved in the lower tail for accuracy. */
export function qt(p: number, df: number): number {
  if (Number.isNaN(p) || Number.isNaN(df) || p < 0 || p > 1 || !(df > 0)) return Number.NaN;
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  if (p === 0.5) return 0;
  if (p > 0.5) return -qt(1 - p, df);
  let lo = -1;
  while (tCdf(lo, df) > p && lo > -1e300) lo *= 2;
  return invert((x) => tCdf(x, df), p, [lo, 0]);
}

/** The beta quantile (R's `qbeta(p, a, b)`), solved in the tail that keeps precision. */
export function qbeta(p: number, a: number, b: number): number {
  if (Number.isNaN(p) || p < 0 || p > 1 || !(a > 0) || !(b > 0)) return Number.NaN;
  if (p === 0) return 0;
  if (p === 1) return 1;
  if (p <= 0.5) return invert((x) => betaCdf(x, a, b), p, [0, 1]);
  // Upper half: solve P(X > x) = 1 − p (exact in floating point), since P(X ≤ x) is flat near 1.
  return invert((x) => -betaCdf(1 - x, b, a), -(1 - p), [0, 1]);
}

/** P(V ≤ v) for the Wilcoxon signed-rank statistic with n untied, non-zero differences (R's `psignrank(v, n)`). */
export function psignrank(v: number, n: number): number {
  if (v < 0) return 0;
  return signrankCdf(v, n);
}
