import { checkArgument, err, ok, type Result } from "@carerkit/core";
import type { EvaluationIssue } from "../evaluationIssue.ts";
import { argumentIssue } from "../_lib/argumentIssue.ts";
import type { Alternative, ProportionEstimate, ProportionIntervalMethod } from "../types.ts";
import { checkAtLeast, checkConfidenceLevel, checkCount, checkOneOf } from "../_lib/checks.ts";
import { proportionInterval } from "../_lib/proportion.ts";

/** Options for {@link estimateProportion}. */
export interface ProportionOptions {
  /** `"wilson"` (default), `"wilson-cc"` or `"clopper-pearson"`. */
  readonly method?: ProportionIntervalMethod | undefined;
  /**
   * `"two.sided"` (default), or a one-sided bound at the confidence level, as R's
   * `alternative`: `"less"` gives [0, upper], `"greater"` gives [lower, 1].
   */
  readonly alternative?: Alternative | undefined;
  /** Confidence level (default 0.95). */
  readonly confidenceLevel?: number | undefined;
}

/**
 * A proportion with a confidence interval: Wilson's score interval (the default, Newcombe 1998
 * method 3; good coverage at small n without being conservative; R's
 * `prop.test(x, n, correct = FALSE)$conf.int`), Wilson with continuity correction (method 4)
 * or the Clopper–Pearson "exact" interval (method 5, R's `binom.test(x, n)$conf.int`).
 * One-sided bounds use z = Φ⁻¹(level) (Wilson) or α in one tail (Clopper–Pearson), as R.
 *
 * @param count - How many have the characteristic (an integer 0…total).
 * @param total - How many were observed (a positive integer).
 * @param options - Method, alternative and confidence level.
 * @returns The estimate, or an issue for invalid counts or a total of 0.
 * @example
 * // Newcombe (1998) Table I: 81/263, Wilson 0.2553 to 0.3662
 * const result = estimateProportion(81, 263);
 * if (result.success) result.data.confidenceInterval; //=> { lower: 0.2553…, upper: 0.3662…, level: 0.95 }
 */
export function estimateProportion(
  count: number,
  total: number,
  options: ProportionOptions = {},
): Result<ProportionEstimate, EvaluationIssue> {
  const shape = argumentIssue(() => {
    checkArgument("estimateProportion", { options }, "plain object");
  });
  if (shape) return err(shape);
  const level = options.confidenceLevel ?? 0.95;
  const method = options.method ?? "wilson";
  const problem =
    checkCount("estimateProportion", { count, total }, "proportion") ??
    checkOneOf(method, ["wilson", "wilson-cc", "clopper-pearson"], "method") ??
    checkAtLeast(total, 1, { name: "proportion.total", what: "observations" }) ??
    checkConfidenceLevel(level);
  if (problem) return err(problem);
  const alternative = options.alternative ?? "two.sided";
  const confidenceInterval = proportionInterval(count, total, { method, level, alternative });
  return ok({ count, total, proportion: count / total, method, alternative, confidenceInterval });
}
