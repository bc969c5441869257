import type { EffectSize, EffectSizeInterval } from "../types.ts";
import { effect, hedgesJ } from "./effectSizes.ts";
import { varianceOf, type Moments } from "./moments.ts";

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
