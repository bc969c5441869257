import { err, ok, type Result } from "@carerkit/core";
import type { EvaluationIssue } from "../evaluationIssue.ts";
import { checkDistribution, probabilityOf } from "../_lib/distributions.ts";
import type { Distribution, TailOptions } from "./distribution.ts";

/**
 * A tail probability: P(X ≤ q) by default or P(X > q) with `tail: "upper"`, as R's `pnorm`,
 * `pt` (with `ncp`, the noncentral t), `pchisq`, `pbinom`, `pbeta` and `psignrank` with
 * `lower.tail`. Each tail is computed directly, so a p-value of 1e-20 is not lost to 1 − x.
 * Discrete distributions use floor(q + 1e-7), as R.
 *
 * @param q - The quantile.
 * @param distribution - The distribution and its parameters.
 * @param options - Which tail (default `"lower"`).
 * @returns The probability, or an issue for a non-numeric `q` or a parameter out of its domain.
 * @example
 * // R: pt(2.262157, 9, lower.tail = FALSE) = 0.025
 * const result = computeProbability(2.262157162798205, { name: "t", df: 9 }, { tail: "upper" });
 * if (result.success) result.data; //=> 0.025
 */
export function computeProbability(
  q: number,
  distribution: Distribution,
  options: TailOptions = {},
): Result<number, EvaluationIssue> {
  if (Number.isNaN(q) || typeof q !== "number") {
    return err({
      code: "not_finite",
      message: `q: expected a number`,
      path: ["q"],
    });
  }
  const problem = checkDistribution("computeProbability", distribution, options);
  if (problem) return err(problem);
  return ok(probabilityOf(q, distribution, options.tail === "upper"));
}
