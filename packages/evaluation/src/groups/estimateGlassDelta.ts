import { err, ok, type Result } from "@carerkit/core";
import type { EvaluationIssue } from "../evaluationIssue.ts";
import type { EffectSize, EffectSizeOptions } from "../types.ts";
import { checkedMoments, glassDeltaFrom } from "../_lib/twoGroups.ts";

/**
 * Glass's Δ: the difference in means over the control group's SD, Δ = (mean_a − mean_b)/SD_b,
 * for when the programme is expected to change the spread as well as the mean. As R's
 * `effectsize::glass_delta(a, b, adjust = FALSE)` (b is the control group). The interval by
 * default inverts the noncentral t with df n_b − 1 (effectsize's pivot); `ci: "wald"` uses the
 * variance 1/n_b + s_a²/(n_a·s_b²) + Δ²/(2(n_b − 1)).
 *
 * @param a - Scores of the programme group.
 * @param b - Scores of the control group, whose SD standardises the difference.
 * @param options - Confidence level and interval method.
 * @returns Glass's Δ, or an issue for too little data or a control group that does not vary.
 * @example
 * // effectsize's tests: glass_delta(wt ~ am, data = mtcars) = 2.200 [1.009, 3.353]
 * const result = estimateGlassDelta([52, 48, 55, 50, 47], [45, 44, 49, 46, 43]);
 * if (result.success) result.data.value; // Δ
 */
export function estimateGlassDelta(
  a: readonly number[],
  b: readonly number[],
  options: EffectSizeOptions = {},
): Result<EffectSize, EvaluationIssue> {
  const moments = checkedMoments("estimateGlassDelta", { a, b }, options);
  if (!moments.success) return moments;
  const [ma, mb] = moments.data;
  const level = options.confidenceLevel ?? 0.95;
  if (!(mb.m2 > 0)) {
    return err({
      code: "zero_variance",
      message: "b: expected control-group scores that vary, got a standard deviation of 0",
      path: ["b"],
    });
  }
  return ok(glassDeltaFrom(ma, mb, { level, method: options.ci ?? "noncentral-t" }));
}
