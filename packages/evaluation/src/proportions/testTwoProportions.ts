import { err, ok, type Result } from "@carerkit/core";
import type { EvaluationIssue } from "../evaluationIssue.ts";
import type { HypothesisTest } from "../types.ts";
import { checkTwoCounts } from "../_lib/checks.ts";
import { propTestTwo } from "../_lib/propTest.ts";
import type { CountOf } from "./estimateProportionDifference.ts";
import type { ProportionTestOptions } from "./testProportion.ts";

/**
 * The chi-square test that two proportions are equal, as R's `prop.test(c(xA, xB), c(nA, nB))`:
 * Pearson's X² on the 2×2 table with Yates's correction by default (`correct: false` without),
 * df 1, and the Wald interval of pA − pB with the same correction (Newcombe 1998b methods 2
 * and 1). For a better interval use {@link estimateProportionDifference} (Newcombe's hybrid
 * score); this one is here to match R.
 *
 * @param a - The first group's count and total.
 * @param b - The second group's count and total.
 * @param options - Alternative, correction, confidence level.
 * @returns The test, or an issue for invalid counts, or totals that leave a cell expected to be 0.
 * @example
 * // Newcombe (1998b): 56/70 vs 48/80, corrected Wald interval 0.0441 to 0.3559
 * const result = testTwoProportions({ count: 56, total: 70 }, { count: 48, total: 80 });
 * if (result.success) result.data.statistic.value; // X-squared 6.114
 */
export function testTwoProportions(
  a: CountOf,
  b: CountOf,
  options: ProportionTestOptions = {},
): Result<HypothesisTest, EvaluationIssue> {
  const problem = checkTwoCounts("testTwoProportions", { a, b }, options);
  if (problem) return err(problem);
  const level = options.confidenceLevel ?? 0.95;
  const successes = a.count + b.count;
  if (successes === 0 || successes === a.total + b.total) {
    return err({
      code: "zero_variance",
      message: "a, b: expected both successes and failures overall, got all one kind",
      path: ["a"],
    });
  }
  return ok(
    propTestTwo(
      { x: a.count, n: a.total },
      { x: b.count, n: b.total },
      { alternative: options.alternative ?? "two.sided", correct: options.correct ?? true, level },
    ),
  );
}
