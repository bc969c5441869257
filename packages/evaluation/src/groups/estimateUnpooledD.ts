import { err, ok, type Result } from "@carerkit/core";
import type { EvaluationIssue } from "../evaluationIssue.ts";
import type { EffectSize, EffectSizeOptions } from "../types.ts";
import { checkedMoments, unpooledDFrom } from "../_lib/twoGroups.ts";

/**
 * Cohen's d with an unpooled SD, d = (mean_a − mean_b)/√((s_a² + s_b²)/2): the effect size to
 * report beside Welch's test, as R's `effectsize::cohens_d(a, b, pooled_sd = FALSE)`. The
 * interval by default inverts the noncentral t of Welch's t (so it excludes 0 exactly when
 * `testWelchT` gives p < α); `ci: "wald"` uses Bonett's (2008) variance.
 *
 * @param a - Scores of the first group.
 * @param b - Scores of the second group.
 * @param options - Confidence level and interval method.
 * @returns The effect size, or an issue for too little data or groups that do not vary.
 * @example
 * // effectsize's tests: cohens_d(wt ~ am, data = mtcars, pooled_sd = FALSE) = 1.934 [1.075, 2.773]
 * const result = estimateUnpooledD([52, 48, 55, 50, 47], [45, 44, 49, 46, 43]);
 * if (result.success) result.data.confidenceInterval;
 */
export function estimateUnpooledD(
  a: readonly number[],
  b: readonly number[],
  options: EffectSizeOptions = {},
): Result<EffectSize, EvaluationIssue> {
  const moments = checkedMoments("estimateUnpooledD", { a, b }, options);
  if (!moments.success) return moments;
  const [ma, mb] = moments.data;
  const level = options.confidenceLevel ?? 0.95;
  if (!(ma.m2 > 0 && mb.m2 > 0)) {
    return err({
      code: "zero_variance",
      message:
        "a, b: expected both groups' scores to vary (Welch's df needs both SDs), got an SD of 0",
      path: [ma.m2 > 0 ? "b" : "a"],
    });
  }
  return ok(unpooledDFrom(ma, mb, { level, method: options.ci ?? "noncentral-t" }));
}
