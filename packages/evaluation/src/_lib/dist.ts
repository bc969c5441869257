// The one place distribution functions come from. Everything else imports these wrappers, so
// the numerical library (@stdlib, see docs/decisions/0050) can be swapped in one file.
import betaQuantile from "@stdlib/stats-base-dists-beta-quantile";
import normalCdf from "@stdlib/stats-base-dists-normal-cdf";
import normalQuantile from "@stdlib/stats-base-dists-normal-quantile";
import signrankCdf from "@stdlib/stats-base-dists-signrank-cdf";
import tCdf from "@stdlib/stats-base-dists-t-cdf";
import tQuantile from "@stdlib/stats-base-dists-t-quantile";

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

/** Student's t quantile (R's `qt(p, df)`). */
export function qt(p: number, df: number): number {
  return tQuantile(p, df);
}

/** The beta quantile (R's `qbeta(p, a, b)`). */
export function qbeta(p: number, a: number, b: number): number {
  return betaQuantile(p, a, b);
}

/** P(V ≤ v) for the Wilcoxon signed-rank statistic with n untied, non-zero differences (R's `psignrank(v, n)`). */
export function psignrank(v: number, n: number): number {
  if (v < 0) return 0;
  return signrankCdf(v, n);
}
