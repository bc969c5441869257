import { err, ok, type Result } from "@carerkit/core";
import type { EvaluationIssue } from "../evaluationIssue.ts";
import { checkAtLeast, checkConfidenceLevel, checkPairs } from "../_lib/checks.ts";
import { pairedEffectSizesFrom, type PairedEffectSizes } from "../_lib/effectSizes.ts";
import { correlationOf, differences, meanSd, momentsOf, varianceOf } from "../_lib/moments.ts";
import type { EffectSizeInterval } from "../types.ts";

export type { PairedEffectSizes };

/** Options for {@link estimatePairedEffectSizes}. */
export interface PairedEffectSizeOptions {
  /** Confidence level of the intervals (default 0.95). */
  readonly confidenceLevel?: number | undefined;
  /**
   * Interval method for d_z (default `"noncentral-t"`, as R's `effectsize`; or `"wald"`).
   * d_av and g_av have no exact pivot and always get Wald intervals.
   */
  readonly ci?: EffectSizeInterval | undefined;
}

/**
 * Standardised mean change for pre/post data, with confidence intervals:
 * - d_z = mean(post − pre) / SD(post − pre); by default the noncentral-t interval of the paired
 *   t (R: `effectsize::cohens_d(Pair(post, pre) ~ 1)`, or `repeated_measures_d(method = "z")`),
 *   which excludes 0 exactly when `testPairedT` gives p < α; with `ci: "wald"`, d_z ± z·SE with
 *   variance 1/n + d_z²/(2n);
 * - d_av = mean(post − pre) / ((SD_pre + SD_post)/2) (Lakens 2013), variance
 *   (1/n + d_av²/(2n))·2(1 − r), Borenstein et al. (2009) eq. 4.28 for matched groups;
 * - g_av = J·d_av with J = 1 − 3/(4(n − 1) − 1) and variance J²·V(d_av).
 * d_av and g_av intervals are always Wald (no exact pivot exists).
 * d_av is the one to compare with between-group studies; d_z is tied to the paired t (d_z = t/√n).
 *
 * @param pre - Scores before, one per person.
 * @param post - Scores after, in the same order.
 * @param options - Confidence level and interval method.
 * @returns The three effect sizes, or an issue with fewer than 3 pairs or zero variance.
 * @example
 * const result = estimatePairedEffectSizes([40, 42, 38, 45, 41], [44, 47, 40, 49, 46]);
 * if (result.success) result.data.gav.value; // Hedges' g_av
 */
export function estimatePairedEffectSizes(
  pre: readonly number[],
  post: readonly number[],
  options: PairedEffectSizeOptions = {},
): Result<PairedEffectSizes, EvaluationIssue> {
  const shape = checkPairs("estimatePairedEffectSizes", { pre, post }, options);
  if (shape) return err(shape);
  const level = options.confidenceLevel ?? 0.95;
  const problem =
    checkConfidenceLevel(level) ?? checkAtLeast(pre.length, 3, { name: "pre", what: "pairs" });
  if (problem) return err(problem);
  const m = momentsOf(differences(pre, post));
  const d = { mean: m.mean, sd: Math.sqrt(varianceOf(m)) };
  const a = meanSd(pre);
  const b = meanSd(post);
  if (!(d.sd > 0 && a.sd > 0 && b.sd > 0)) {
    return err({
      code: "zero_variance",
      message: "pre, post: expected scores that vary, got a standard deviation of 0",
      path: ["pre"],
    });
  }
  return ok(
    pairedEffectSizesFrom(
      {
        n: pre.length,
        meanDifference: d.mean,
        sdDifference: d.sd,
        sdPre: a.sd,
        sdPost: b.sd,
        correlation: correlationOf(pre, post),
        // As testPairedT computes it, so the interval and the test agree exactly.
        t: m.mean / Math.sqrt(varianceOf(m) / m.n),
      },
      { level, method: options.ci ?? "noncentral-t" },
    ),
  );
}
