import type { Result } from "@carerkit/core";
import type { EvaluationIssue } from "../evaluationIssue.ts";
import type { Alternative, HypothesisTest } from "../types.ts";
import { twoSampleTTest } from "../_lib/twoGroups.ts";

/** Options for {@link testWelchT}. */
export interface WelchTOptions {
  /** The alternative for mean(a) − mean(b) (default `"two.sided"`). */
  readonly alternative?: Alternative | undefined;
  /** The difference in means under the null hypothesis (default 0). */
  readonly mu?: number | undefined;
  /** Confidence level (default 0.95). */
  readonly confidenceLevel?: number | undefined;
}

/**
 * Welch's two-sample t-test (unequal variances, Welch–Satterthwaite df), as R's
 * `t.test(a, b)`. The estimate is the difference in means a − b (R prints the two means).
 *
 * @param a - Scores of the first group, e.g. the programme.
 * @param b - Scores of the second group, e.g. the waiting list.
 * @param options - Alternative, null value, confidence level.
 * @returns The test, or an issue when a group has fewer than 2 values or no variance.
 * @example
 * // R: t.test(extra ~ group, data = sleep) gives t = -1.8608, df = 17.776, p-value = 0.07939
 * const g1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
 * const g2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];
 * const result = testWelchT(g1, g2);
 */
export function testWelchT(
  a: readonly number[],
  b: readonly number[],
  options: WelchTOptions = {},
): Result<HypothesisTest, EvaluationIssue> {
  return twoSampleTTest({ a, b }, options, false);
}
