import { err, ok, type Result } from "@carerkit/core";
import type { EvaluationIssue } from "../evaluationIssue.ts";
import type { EffectSize, EffectSizeOptions } from "../types.ts";
import { checkAtLeast, checkConfidenceLevel, checkValues } from "../_lib/checks.ts";
import { effect } from "../_lib/effectSizes.ts";
import { momentsOf, varianceOf } from "../_lib/moments.ts";

/** Options for {@link estimateOneSampleD}. */
export interface OneSampleDOptions extends EffectSizeOptions {
  /** The reference value μ, e.g. a population norm (default 0). */
  readonly mu?: number | undefined;
}

/**
 * One-sample Cohen's d against a reference value, d = (mean − μ)/SD, e.g. a group's WEMWBS
 * against the national mean. As R's `effectsize::cohens_d(x, mu = μ)`: the interval by default
 * inverts the noncentral t of the one-sample t (t = d·√n, df n − 1); `ci: "wald"` uses the
 * variance 1/n + d²/(2n).
 *
 * @param values - The scores.
 * @param options - μ, confidence level and interval method.
 * @returns The effect size, or an issue for fewer than 2 values or scores that do not vary.
 * @example
 * // effectsize reference: cohens_d(wt ~ 1, data = mtcars, mu = 3) = 0.22 [-0.13, 0.57]
 * const result = estimateOneSampleD([48, 52, 45, 50, 55], { mu: 51 });
 * if (result.success) result.data.value; //=> (50 − 51)/SD
 */
export function estimateOneSampleD(
  values: readonly number[],
  options: OneSampleDOptions = {},
): Result<EffectSize, EvaluationIssue> {
  const shape = checkValues("estimateOneSampleD", values, options);
  if (shape) return err(shape);
  const level = options.confidenceLevel ?? 0.95;
  const mu = options.mu ?? 0;
  const problem =
    checkAtLeast(values.length, 2, { name: "values" }) ??
    checkConfidenceLevel(level) ??
    (Number.isFinite(mu)
      ? undefined
      : {
          code: "invalid_option" as const,
          message: `mu: expected a finite number`,
          path: ["mu"],
        });
  if (problem) return err(problem);
  const m = momentsOf(values);
  const variance = varianceOf(m);
  if (!(variance > 0)) {
    return err({
      code: "zero_variance",
      message: "values: expected scores that vary, got a standard deviation of 0",
      path: ["values"],
    });
  }
  const d = (m.mean - mu) / Math.sqrt(variance);
  const { n } = m;
  // t as the one-sample t-test computes it, so the interval and the test agree exactly.
  const t = (m.mean - mu) / Math.sqrt(variance / n);
  return ok(
    effect(
      "d_one_sample",
      {
        value: d,
        variance: 1 / n + (d * d) / (2 * n),
        pivot: { t, df: n - 1, scale: 1 / Math.sqrt(n) },
      },
      { level, method: options.ci ?? "noncentral-t" },
    ),
  );
}
