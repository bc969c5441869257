import type { Result } from "@carerkit/core";
import type { EvaluationIssue } from "../evaluationIssue.ts";
import type { HypothesisTest } from "../types.ts";
import { twoSampleTTest } from "../_lib/twoGroups.ts";
import type { WelchTOptions } from "./testWelchT.ts";

/**
 * Options for {@link testStudentT}: the same as Welch's (alternative, `mu`, confidence level).
 *
 * @example
 * const options: StudentTOptions = { alternative: "less", confidenceLevel: 0.9 };
 */
export type StudentTOptions = WelchTOptions;

/**
 * Student's two-sample t-test with a pooled variance, df = n_a + n_b − 2, as R's
 * `t.test(a, b, var.equal = TRUE)`. Welch's test ({@link testWelchT}) is the safer default
 * when the groups' spreads may differ; this one is what many published analyses used, and the
 * test whose p-value `estimateHedgesG`'s noncentral-t interval agrees with.
 *
 * @param a - Scores of the first group, e.g. the programme.
 * @param b - Scores of the second group, e.g. the waiting list.
 * @param options - Alternative, null value, confidence level.
 * @returns The test, or an issue when a group has fewer than 2 values or neither group varies.
 * @example
 * // R: t.test(extra ~ group, data = sleep, var.equal = TRUE): t = -1.8608, df = 18, p = 0.07919
 * const g1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
 * const g2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];
 * const result = testStudentT(g1, g2);
 */
export function testStudentT(
  a: readonly number[],
  b: readonly number[],
  options: StudentTOptions = {},
): Result<HypothesisTest, EvaluationIssue> {
  return twoSampleTTest({ a, b }, options, true);
}
