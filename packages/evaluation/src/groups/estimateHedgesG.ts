import { err, ok, type Result } from "@carerkit/core";
import type { EvaluationIssue } from "../evaluationIssue.ts";
import type { EffectSizeInterval } from "../types.ts";
import { checkTwoGroups } from "../_lib/checks.ts";
import { momentsOf } from "../_lib/moments.ts";
import { twoGroupEffectSizesFrom, type TwoGroupEffectSizes } from "../_lib/twoGroups.ts";

export type { TwoGroupEffectSizes };

/** Options for {@link estimateHedgesG}. */
export interface HedgesGOptions {
  /** Confidence level (default 0.95). */
  readonly confidenceLevel?: number | undefined;
  /** Interval method (default `"noncentral-t"`, as R's `effectsize`; or `"wald"`). */
  readonly ci?: EffectSizeInterval | undefined;
}

/**
 * Cohen's d_s and Hedges' g_s for two independent groups (e.g. programme vs waiting list):
 * d_s = (mean_a − mean_b)/SD_pooled, variance (n_a + n_b)/(n_a·n_b) + d²/(2(n_a + n_b));
 * g_s = J·d_s with J = 1 − 3/(4(n_a + n_b − 2) − 1) and variance J²·V(d)
 * (Borenstein et al. 2009, eqs. 4.18–4.24). Intervals by default invert the noncentral t of
 * Student's t statistic, as R's `effectsize::cohens_d(a, b)` and `hedges_g(a, b)` (bounds of
 * g are J times those of d); with `ci: "wald"`, value ± z·SE.
 *
 * @param a - Scores of the first group.
 * @param b - Scores of the second group.
 * @param options - Confidence level and interval method.
 * @returns d_s and g_s with intervals, or an issue for too little data or no variance.
 * @example
 * // effectsize's tests: cohens_d(wt ~ am, data = mtcars) = 1.892 [1.030, 2.732]
 * const result = estimateHedgesG([52, 48, 55, 50, 47], [45, 44, 49, 46, 43]);
 * if (result.success) result.data.gs.value; // Hedges' g
 */
export function estimateHedgesG(
  a: readonly number[],
  b: readonly number[],
  options: HedgesGOptions = {},
): Result<TwoGroupEffectSizes, EvaluationIssue> {
  const problem = checkTwoGroups("estimateHedgesG", { a, b }, options);
  if (problem) return err(problem);
  const level = options.confidenceLevel ?? 0.95;
  const ma = momentsOf(a);
  const mb = momentsOf(b);
  if (!(ma.m2 > 0 || mb.m2 > 0)) {
    return err({
      code: "zero_variance",
      message: "a, b: expected scores that vary, got a pooled standard deviation of 0",
      path: ["a"],
    });
  }
  return ok(twoGroupEffectSizesFrom(ma, mb, { level, method: options.ci ?? "noncentral-t" }));
}
