import { err, type Result } from "@carerkit/core";
import type { EvaluationIssue } from "../evaluationIssue.ts";
import type { Alternative, HypothesisTest } from "../types.ts";
import { checkAtLeast, checkConfidenceLevel, checkPairs } from "../_lib/checks.ts";
import { differences, momentsOf, varianceOf } from "../_lib/moments.ts";
import { tTestFrom } from "../_lib/tTest.ts";

/** Options for {@link testPairedT}. */
export interface PairedTOptions {
  /** The alternative hypothesis for post − pre (default `"two.sided"`). */
  readonly alternative?: Alternative | undefined;
  /** The mean difference under the null hypothesis (default 0). */
  readonly mu?: number | undefined;
  /** Confidence level of the interval (default 0.95). */
  readonly confidenceLevel?: number | undefined;
}

/**
 * The paired t-test on the differences post − pre, as R's `t.test(post, pre, paired = TRUE)`:
 * t, df = n − 1, the p-value, the confidence interval and the mean difference.
 *
 * @param pre - Scores before, one per person.
 * @param post - Scores after, in the same order as `pre`.
 * @param options - Alternative, null value and confidence level.
 * @returns The test, or an issue when there are fewer than 2 pairs or the differences are constant.
 * @example
 * // R's sleep data: t = -4.0621, df = 9, p-value = 0.002833
 * const drug2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];
 * const drug1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
 * const result = testPairedT(drug2, drug1);
 * if (result.success) result.data.statistic.value; //=> -4.062127683382037
 */
export function testPairedT(
  pre: readonly number[],
  post: readonly number[],
  options: PairedTOptions = {},
): Result<HypothesisTest, EvaluationIssue> {
  const shape = checkPairs("testPairedT", { pre, post }, options);
  if (shape) return err(shape);
  const confidenceLevel = options.confidenceLevel ?? 0.95;
  const problem =
    checkConfidenceLevel(confidenceLevel) ??
    checkAtLeast(pre.length, 2, { name: "pre", what: "pairs" });
  if (problem) return err(problem);
  const m = momentsOf(differences(pre, post));
  return tTestFrom({
    method: "Paired t-test",
    estimateName: "mean difference",
    estimate: m.mean,
    standardError: Math.sqrt(varianceOf(m) / m.n),
    df: m.n - 1,
    mu: options.mu ?? 0,
    alternative: options.alternative ?? "two.sided",
    confidenceLevel,
  });
}
