import { err, ok, type Result } from "@carerkit/core";
import type { EvaluationIssue } from "../evaluationIssue.ts";
import type { Alternative, EffectSize, EffectSizeInterval, HypothesisTest } from "../types.ts";
import { checkTwoGroups } from "./checks.ts";
import { effect, hedgesJ } from "./effectSizes.ts";
import { momentsOf, varianceOf, type Moments } from "./moments.ts";
import { tTestFrom } from "./tTest.ts";

/** Student's pooled-variance t parts: pooled SD, standard error of the difference and df. */
export function pooledParts(a: Moments, b: Moments): { sd: number; se: number; df: number } {
  const df = a.n + b.n - 2;
  const pooledVariance = (a.m2 + b.m2) / df;
  return {
    sd: Math.sqrt(pooledVariance),
    se: Math.sqrt(pooledVariance * (1 / a.n + 1 / b.n)),
    df,
  };
}

/** Welch's parts: standard error of the difference and Welch–Satterthwaite df. */
export function welchParts(a: Moments, b: Moments): { se: number; df: number } {
  const va = varianceOf(a) / a.n;
  const vb = varianceOf(b) / b.n;
  return {
    se: Math.sqrt(va + vb),
    df: (va + vb) ** 2 / (va ** 2 / (a.n - 1) + vb ** 2 / (b.n - 1)),
  };
}

/** Both groups' moments after the shared two-group checks (see {@link checkTwoGroups}). */
export function checkedMoments(
  fn: string,
  groups: { readonly a: readonly number[]; readonly b: readonly number[] },
  options: unknown,
): Result<readonly [Moments, Moments], EvaluationIssue> {
  const problem = checkTwoGroups(fn, groups, options);
  return problem ? err(problem) : ok([momentsOf(groups.a), momentsOf(groups.b)] as const);
}

/** Interval options shared by the effect-size functions. */
export interface IntervalOptions {
  readonly level: number;
  readonly method: EffectSizeInterval;
}

/** The two-group effect sizes d_s and g_s. */
export interface TwoGroupEffectSizes {
  /** Cohen's d_s: difference in means / pooled SD. */
  readonly ds: EffectSize;
  /** Hedges' g_s: d_s × J(nA + nB − 2). */
  readonly gs: EffectSize;
}

/**
 * d_s over the pooled SD with variance (nA + nB)/(nA·nB) + d²/(2(nA + nB)) and g_s = J·d_s
 * (Borenstein et al. 2009, eqs. 4.18–4.24). Pivot: Student's t, df = nA + nB − 2, with
 * d = t·√(1/nA + 1/nB) (effectsize's `cohens_d`, `hedges_g`).
 */
export function twoGroupEffectSizesFrom(
  a: Moments,
  b: Moments,
  options: IntervalOptions,
): TwoGroupEffectSizes {
  const { sd, se, df } = pooledParts(a, b);
  const diff = a.mean - b.mean;
  const d = diff / sd;
  const v = (a.n + b.n) / (a.n * b.n) + (d * d) / (2 * (a.n + b.n));
  const j = hedgesJ(df);
  const pivot = { t: diff / se, df, scale: Math.sqrt(1 / a.n + 1 / b.n) };
  return {
    ds: effect("d_s", { value: d, variance: v, pivot }, options),
    gs: effect("g_s", { value: j * d, variance: j * j * v, pivot: { ...pivot, j } }, options),
  };
}

/**
 * d over the unpooled SD √((s_a² + s_b²)/2), with Bonett's (2008) large-sample variance and the
 * Welch pivot: t = diff/SE_Welch, df Welch's, d = t·SE_Welch/SD (effectsize's
 * `cohens_d(pooled_sd = FALSE)`).
 */
export function unpooledDFrom(a: Moments, b: Moments, options: IntervalOptions): EffectSize {
  const va = varianceOf(a);
  const vb = varianceOf(b);
  const sd = Math.sqrt((va + vb) / 2);
  const diff = a.mean - b.mean;
  const d = diff / sd;
  const wa = va / (a.n - 1);
  const wb = vb / (b.n - 1);
  const variance =
    ((d * d) / 8) * ((va * wa + vb * wb) / (sd * sd * sd * sd)) + (wa + wb) / (sd * sd);
  const { se, df } = welchParts(a, b);
  return effect(
    "d_unpooled",
    { value: d, variance, pivot: { t: diff / se, df, scale: se / sd } },
    options,
  );
}

/**
 * Glass's Δ = (mean_a − mean_b)/SD_b, b the control group (as effectsize's `glass_delta(a, b)`).
 * Pivot t = Δ/√h with h = 1/n_b + s_a²/(n_a·s_b²), df n_b − 1 (effectsize); Wald variance
 * h + Δ²/(2(n_b − 1)), which is Hedges & Olkin's (1985) (n_a + n_b)/(n_a·n_b) + Δ²/(2(n_b − 1))
 * when the SDs are equal.
 */
export function glassDeltaFrom(a: Moments, b: Moments, options: IntervalOptions): EffectSize {
  const va = varianceOf(a);
  const vb = varianceOf(b);
  const delta = (a.mean - b.mean) / Math.sqrt(vb);
  const h = 1 / b.n + va / (a.n * vb);
  const df = b.n - 1;
  const variance = h + (delta * delta) / (2 * df);
  return effect(
    "glass_delta",
    { value: delta, variance, pivot: { t: delta / Math.sqrt(h), df, scale: Math.sqrt(h) } },
    options,
  );
}

/** Options of the two-sample t-tests. */
export interface TwoSampleTOptions {
  readonly alternative?: Alternative | undefined;
  readonly mu?: number | undefined;
  readonly confidenceLevel?: number | undefined;
}

/** The two-sample t-test as R's `t.test(a, b, var.equal = pooled)`. */
export function twoSampleTTest(
  groups: { readonly a: readonly number[]; readonly b: readonly number[] },
  options: TwoSampleTOptions,
  pooled: boolean,
): Result<HypothesisTest, EvaluationIssue> {
  const moments = checkedMoments(pooled ? "testStudentT" : "testWelchT", groups, options);
  if (!moments.success) return moments;
  const level = options.confidenceLevel ?? 0.95;
  const [ma, mb] = moments.data;
  const { se, df } = pooled ? pooledParts(ma, mb) : welchParts(ma, mb);
  return tTestFrom({
    method: pooled ? " Two Sample t-test" : "Welch Two Sample t-test",
    estimateName: "difference in means",
    estimate: ma.mean - mb.mean,
    standardError: se,
    df,
    mu: options.mu ?? 0,
    alternative: options.alternative ?? "two.sided",
    confidenceLevel: level,
  });
}
