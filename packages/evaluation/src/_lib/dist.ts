// The one place distribution functions come from (docs/decisions/0050, 0051). Everything else
// imports these wrappers, so the numerical library can be swapped in one file.
//
// CDFs come from @stdlib. The t and beta quantiles are found by inverting those CDFs with
// bisection to full double precision, rather than with @stdlib's own quantile packages: their
// inverse incomplete beta pulls in `debug` (Node built-ins), which breaks Node-ESM bundles of
// this package and adds ~15 kB gzip. The tests check both against R and against @stdlib's
// quantiles (kept as dev dependencies) to 1e-12.
import gammainc from "@stdlib/math-base-special-gammainc";
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
export function invert(
  f: (x: number) => number,
  target: number,
  bracket: [number, number],
): number {
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
  const k = Math.floor(v + 1e-7);
  if (k < 0) return 0;
  if (k >= (n * (n + 1)) / 2) return 1;
  return signrankCdf(k, n);
}

/** P(V > v) for the signed-rank statistic, by symmetry about n(n + 1)/4 (no cancellation). */
export function psignrankUpper(v: number, n: number): number {
  return psignrank((n * (n + 1)) / 2 - Math.floor(v + 1e-7) - 1, n);
}

/** P(V = v) for the signed-rank statistic (R's `dsignrank(v, n)`), 0 off the integers. */
export function dsignrank(v: number, n: number): number {
  const max = (n * (n + 1)) / 2;
  if (Math.abs(v - Math.round(v)) > 1e-7 || v < 0 || v > max) return 0;
  const k = Math.min(Math.round(v), max - Math.round(v));
  return psignrank(k, n) - psignrank(k - 1, n);
}

/** P(X ≤ x) for chi-square with `df` degrees of freedom, or P(X > x) with `upper` (R's `pchisq`). */
export function pchisq(x: number, df: number, upper = false): number {
  if (Number.isNaN(x) || !(df > 0)) return Number.NaN;
  if (x <= 0) return upper ? 1 : 0;
  if (x === Number.POSITIVE_INFINITY) return upper ? 0 : 1;
  return gammainc(x / 2, df / 2, true, upper);
}

/** The chi-square quantile (R's `qchisq(p, df, lower.tail = !upper)`), by inverting `pchisq`. */
export function qchisq(p: number, df: number, upper = false): number {
  if (Number.isNaN(p) || p < 0 || p > 1 || !(df > 0)) return Number.NaN;
  if (p === (upper ? 1 : 0)) return 0;
  if (p === (upper ? 0 : 1)) return Number.POSITIVE_INFINITY;
  const reached = (x: number): boolean => (upper ? pchisq(x, df, true) <= p : pchisq(x, df) >= p);
  let hi = Math.max(1, df);
  while (!reached(hi) && hi < 1e300) hi *= 2;
  // The upper tail decreases in x, so invert its negation (solving there keeps precision).
  return upper
    ? invert((x) => -pchisq(x, df, true), -p, [0, hi])
    : invert((x) => pchisq(x, df), p, [0, hi]);
}

/** P(X ≤ k) for the binomial, or P(X > k) with `upper` (R's `pbinom`), via the incomplete beta. */
export function pbinom(
  k: number,
  { size, prob }: { readonly size: number; readonly prob: number },
  upper = false,
): number {
  const x = Math.floor(k + 1e-7);
  if (x < 0) return upper ? 1 : 0;
  if (x >= size) return upper ? 0 : 1;
  return upper ? betaCdf(prob, x + 1, size - x) : betaCdf(1 - prob, size - x, x + 1);
}

/**
 * The smallest integer x in [0, max] with P(X ≤ x) ≥ p, or with `upper` the smallest with
 * P(X > x) ≤ p (R's discrete quantile convention, with R's fuzz of 64 ulps).
 */
export function discreteQuantile(
  p: number,
  { cdf, max }: { readonly cdf: (x: number, upper: boolean) => number; readonly max: number },
  upper = false,
): number {
  if (Number.isNaN(p) || p < 0 || p > 1) return Number.NaN;
  const fuzz = 64 * Number.EPSILON;
  const reached = upper
    ? (x: number): boolean => cdf(x, true) <= p * (1 + fuzz)
    : (x: number): boolean => cdf(x, false) >= p * (1 - fuzz);
  let lo = 0;
  let hi = max;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (reached(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
