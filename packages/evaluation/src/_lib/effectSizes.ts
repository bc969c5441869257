import type { ConfidenceInterval, EffectSize } from "../types.ts";
import { twoSidedZ } from "./checks.ts";

/** Sufficient statistics of paired data. */
export interface PairedStats {
  readonly n: number;
  readonly meanDifference: number;
  readonly sdDifference: number;
  readonly sdPre: number;
  readonly sdPost: number;
  readonly correlation: number;
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

function effect(
  name: EffectSize["name"],
  estimate: { readonly value: number; readonly variance: number },
  level: number,
): EffectSize {
  const { value } = estimate;
  const standardError = Math.sqrt(estimate.variance);
  return {
    name,
    value,
    standardError,
    confidenceInterval: waldInterval(value, standardError, level),
  };
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
 * d_z with variance 1/n + d_z²/(2n); d_av with the matched-groups variance
 * (1/n + d²/(2n))·2(1 − r) of Borenstein et al. (2009, eq. 4.28); g_av = J·d_av with variance J²·V.
 */
export function pairedEffectSizesFrom(s: PairedStats, level: number): PairedEffectSizes {
  const { n } = s;
  const dz = s.meanDifference / s.sdDifference;
  const dav = s.meanDifference / ((s.sdPre + s.sdPost) / 2);
  const vav = (1 / n + (dav * dav) / (2 * n)) * 2 * (1 - s.correlation);
  const j = hedgesJ(n - 1);
  return {
    dz: effect("d_z", { value: dz, variance: 1 / n + (dz * dz) / (2 * n) }, level),
    dav: effect("d_av", { value: dav, variance: vav }, level),
    gav: effect("g_av", { value: j * dav, variance: j * j * vav }, level),
  };
}

/** Sufficient statistics of two independent groups. */
export interface TwoGroupStats {
  readonly nA: number;
  readonly meanA: number;
  readonly sdA: number;
  readonly nB: number;
  readonly meanB: number;
  readonly sdB: number;
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
 * (Borenstein et al. 2009, eqs. 4.18–4.24).
 */
export function twoGroupEffectSizesFrom(s: TwoGroupStats, level: number): TwoGroupEffectSizes {
  const df = s.nA + s.nB - 2;
  const pooled = Math.sqrt(((s.nA - 1) * s.sdA ** 2 + (s.nB - 1) * s.sdB ** 2) / df);
  const d = (s.meanA - s.meanB) / pooled;
  const v = (s.nA + s.nB) / (s.nA * s.nB) + (d * d) / (2 * (s.nA + s.nB));
  const j = hedgesJ(df);
  return {
    ds: effect("d_s", { value: d, variance: v }, level),
    gs: effect("g_s", { value: j * d, variance: j * j * v }, level),
  };
}
