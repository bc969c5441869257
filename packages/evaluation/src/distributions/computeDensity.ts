import { err, ok, type Result } from "@carerkit/core";
import type { EvaluationIssue } from "../evaluationIssue.ts";
import { checkDistribution, densityOf } from "../_lib/distributions.ts";
import type { Distribution } from "./distribution.ts";

/**
 * The density of a distribution at `x` (the probability mass for `binomial` and `signed-rank`),
 * as R's `dnorm`, `dt`, `dchisq`, `dbinom`, `dbeta` and `dsignrank`. From @stdlib, whose ports
 * agree with R to about 1e-14.
 *
 * @param x - Where to evaluate.
 * @param distribution - The distribution and its parameters.
 * @returns The density, or an issue for a non-numeric `x`, a parameter out of its domain, or
 *   the noncentral t (`ncp` ≠ 0), whose density is not offered.
 * @example
 * // R: dbinom(3, 10, 0.5) = 0.1171875
 * const result = computeDensity(3, { name: "binomial", size: 10, prob: 0.5 });
 * if (result.success) result.data; //=> 0.1171875
 */
export function computeDensity(
  x: number,
  distribution: Distribution,
): Result<number, EvaluationIssue> {
  if (Number.isNaN(x) || typeof x !== "number") {
    return err({
      code: "not_finite",
      message: `x: expected a number`,
      path: ["x"],
    });
  }
  const problem = checkDistribution("computeDensity", distribution, {});
  if (problem) return err(problem);
  const density = densityOf(x, distribution);
  if (density === undefined) {
    return err({
      code: "invalid_option",
      message: "distribution.ncp: the density of the noncentral t is not offered; expected ncp 0",
      path: ["distribution", "ncp"],
    });
  }
  return ok(density);
}
