import { err, ok, type Result } from "@carerkit/core";
import type { EvaluationIssue } from "../evaluationIssue.ts";
import { checkDistribution, quantileOf } from "../_lib/distributions.ts";
import type { Distribution, TailOptions } from "./distribution.ts";

/**
 * The quantile function: the x with P(X ≤ x) = p, or P(X > x) = p with `tail: "upper"`, as R's
 * `qnorm`, `qt`, `qchisq`, `qbinom`, `qbeta` and `qsignrank`. For the discrete distributions,
 * the smallest x with P(X ≤ x) ≥ p (upper: P(X > x) ≤ p), as R. The t, chi-square and beta
 * quantiles invert stdlib's CDFs to full double precision (docs/decisions/0051).
 *
 * @param p - A probability in [0, 1].
 * @param distribution - The distribution and its parameters.
 * @param options - Which tail `p` is of (default `"lower"`).
 * @returns The quantile, or an issue for `p` outside [0, 1] or a parameter out of its domain.
 * @example
 * // R: qt(0.975, 9) = 2.262157
 * const result = computeQuantile(0.975, { name: "t", df: 9 });
 * if (result.success) result.data; //=> 2.262157162798205
 */
export function computeQuantile(
  p: number,
  distribution: Distribution,
  options: TailOptions = {},
): Result<number, EvaluationIssue> {
  if (typeof p !== "number" || !(p >= 0 && p <= 1)) {
    return err({
      code: "out_of_range",
      message: `p: expected a probability in [0, 1]`,
      path: ["p"],
    });
  }
  const problem = checkDistribution("computeQuantile", distribution, options);
  if (problem) return err(problem);
  return ok(quantileOf(p, distribution, options.tail === "upper"));
}
