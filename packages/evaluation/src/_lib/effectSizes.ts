import type { ConfidenceInterval, EffectSize, EffectSizeInterval } from "../types.ts";
import { twoSidedZ } from "./checks.ts";
import { noncentralityInterval } from "./noncentralInterval.ts";

/** Sufficient statistics of paired data. */
export interface PairedStats {
  readonly n: number;
  readonly meanDifference: number;
  readonly sdDifference: number;
  readonly sdPre: number;
  readonly sdPost: number;
  readonly correlation: number;
  /** The paired t statistic, when computed elsewhere exactly as the t-test computes it. */
  readonly t?: number | undefined;
}

/** Hedges' small-sample correction J(df) = 1 − 3 / (4·df − 1) (Borenstein et al. 2009, eq. 4.22). */
export function hedgesJ(df: number): number {
  return 1 - 3 / (4 * df - 1);
}

/** A Wald interval value ± z·se. */
export function waldInterval(value: number, se: number, level: number): ConfidenceInterval {
  const z = twoSidedZ(level);
  return { lower: value - z * se, upper: value + z * se, level };
}

/**
 * How an effect size relates to a t statistic: value = scale·t, so the noncentral-t interval
 * for the ncp, times `scale` (and `j` for Hedges' g), is the interval for the effect size.
 */
export interface TPivot {
  readonly t: number;
  readonly df: number;
  readonly scale: number;
  readonly j?: number | undefined;
}

/** The noncentral-t interval for an effect size with a t pivot. */
function pivotInterval(pivot: TPivot, level: number): ConfidenceInterval {
  const ncp = noncentralityInterval(pivot.t, pivot.df, level);
  const k = pivot.scale * (pivot.j ?? 1);
  return { lower: ncp.lower * k, upper: ncp.upper * k, level };
}

/** Inputs of one effect size: its value, large-sample variance and (when one exists) pivot. */
export interface EffectInputs {
  readonly value: number;
  readonly variance: number;
  readonly pivot?: TPivot | undefined;
}

/** An effect size with the interval `method` asks for; Wald when it has no t pivot. */
export function effect(
  name: EffectSize["name"],
  inputs: EffectInputs,
  options: { readonly level: number; readonly method: EffectSizeInterval },
): EffectSize {
  const { value, pivot } = inputs;
  const { level } = options;
  const standardError = Math.sqrt(inputs.variance);
  const method = pivot ? options.method : "wald";
  const confidenceInterval =
    pivot && method === "noncentral-t"
      ? pivotInterval(pivot, level)
      : waldInterval(value, standardError, level);
  return { name, value, standardError, intervalMethod: method, confidenceInterval };
}

/** The paired effect sizes d_z, d_av and g_av. */
export interface PairedEffectSizes {
  /** Cohen's d_z: mean difference / SD of the differences. */
  readonly dz: EffectSize;
  /** Cohen's d_av: mean difference / mean of the pre and post SDs. */
  readonly dav: EffectSize;
  /** Hedges' g_av: d_av × J(n − 1). */
  readonly gav: EffectSize;
}

/**
 * d_z with variance 1/n + d_z²/(2n) and the noncentral-t pivot t = d_z·√n, df = n − 1; d_av
 * with the matched-groups variance (1/n + d²/(2n))·2(1 − r) of Borenstein et al. (2009, eq.
 * 4.28); g_av = J·d_av with variance J²·V. d_av and g_av have no t pivot, so their intervals
 * are always Wald.
 */
export function pairedEffectSizesFrom(
  s: PairedStats,
  options: { readonly level: number; readonly method: EffectSizeInterval },
): PairedEffectSizes {
  const { n } = s;
  const dz = s.meanDifference / s.sdDifference;
  const dav = s.meanDifference / ((s.sdPre + s.sdPost) / 2);
  const vav = (1 / n + (dav * dav) / (2 * n)) * 2 * (1 - s.correlation);
  const j = hedgesJ(n - 1);
  const t = s.t ?? s.meanDifference / (s.sdDifference / Math.sqrt(n));
  const pivot = { t, df: n - 1, scale: 1 / Math.sqrt(n) };
  return {
    dz: effect("d_z", { value: dz, variance: 1 / n + (dz * dz) / (2 * n), pivot }, options),
    dav: effect("d_av", { value: dav, variance: vav }, options),
    gav: effect("g_av", { value: j * dav, variance: j * j * vav }, options),
  };
}
