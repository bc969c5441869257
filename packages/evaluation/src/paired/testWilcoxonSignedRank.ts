import { err, type Result } from "@carerkit/core";
import type { EvaluationIssue } from "../evaluationIssue.ts";
import type { Alternative, HypothesisTest } from "../types.ts";
import { checkPairs } from "../_lib/checks.ts";
import { differences } from "../_lib/moments.ts";
import { countsOf, signedRankFromCounts } from "../_lib/signedRank.ts";

/** Options for {@link testWilcoxonSignedRank}, named as in R's `wilcox.test`. */
export interface WilcoxonSignedRankOptions {
  /** The alternative hypothesis for post − pre (default `"two.sided"`). */
  readonly alternative?: Alternative | undefined;
  /** The location shift under the null hypothesis (default 0). */
  readonly mu?: number | undefined;
  /** Continuity correction in the normal approximation (default `true`, as R). */
  readonly correct?: boolean | undefined;
  /**
   * Force the exact test (`true`) or the normal approximation (`false`). By default the exact
   * distribution is used when n < 50 and there are no ties or zeros. With ties or zeros the
   * normal approximation is always used, as in R 4.2.
   */
  readonly exact?: boolean | undefined;
}

/**
 * The Wilcoxon signed-rank test on post − pre with R 4.2's conventions: V is the sum of the
 * ranks of the positive differences; zero differences are dropped (R's default
 * `zero.method = "Wilcoxon"`); ties get average ranks; the exact distribution is used when
 * fewer than 50 non-zero differences remain and there are no ties or zeros, otherwise the
 * normal approximation with the tie correction and the continuity correction.
 *
 * @param pre - Scores before, one per person.
 * @param post - Scores after, in the same order as `pre`.
 * @param options - Alternative, null shift, continuity correction, exact or not.
 * @returns The test (statistic V and p-value), or an issue when no difference is non-zero.
 * @example
 * // Hollander & Wolfe (1973) depression scores, from R's ?wilcox.test: V = 40, p = 0.01953
 * const x = [1.83, 0.5, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.3];
 * const y = [0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29];
 * const result = testWilcoxonSignedRank(y, x, { alternative: "greater" });
 * if (result.success) result.data.pValue; //=> 0.01953125
 */
export function testWilcoxonSignedRank(
  pre: readonly number[],
  post: readonly number[],
  options: WilcoxonSignedRankOptions = {},
): Result<HypothesisTest, EvaluationIssue> {
  const problem = checkPairs("testWilcoxonSignedRank", { pre, post }, options);
  if (problem) return err(problem);
  return signedRankFromCounts(countsOf(differences(pre, post)), {
    alternative: options.alternative ?? "two.sided",
    mu: options.mu ?? 0,
    correct: options.correct ?? true,
    exact: options.exact,
  });
}
