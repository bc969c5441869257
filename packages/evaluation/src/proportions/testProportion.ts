import { checkArgument, err, ok, type Result } from "@carerkit/core";
import type { EvaluationIssue } from "../evaluationIssue.ts";
import { argumentIssue } from "../_lib/argumentIssue.ts";
import type { Alternative, HypothesisTest } from "../types.ts";
import { checkAtLeast, checkConfidenceLevel, checkCount } from "../_lib/checks.ts";
import { propTestOne } from "../_lib/propTest.ts";

/** Options for {@link testProportion} and {@link testTwoProportions}. */
export interface ProportionTestOptions {
  /** The alternative (default `"two.sided"`). */
  readonly alternative?: Alternative | undefined;
  /** Yates's continuity correction (default `true`, as R's `correct = TRUE`). */
  readonly correct?: boolean | undefined;
  /** Confidence level (default 0.95). */
  readonly confidenceLevel?: number | undefined;
}

/** Options for {@link testProportion}. */
export interface OneProportionTestOptions extends ProportionTestOptions {
  /** The hypothesised proportion (default 0.5), strictly between 0 and 1. */
  readonly p?: number | undefined;
}

/**
 * The large-sample test of one proportion, as R's `prop.test(x, n, p)`: X² = (|x − np| − c)²/
 * (np(1 − p)) with Yates's c = min(0.5, |x − np|) by default (`correct: false` for c = 0), df 1;
 * the interval is Wilson's, with the same correction, as R builds it. A one-sided p is the
 * normal tail of the signed √X². For small samples prefer {@link testBinomial}.
 *
 * @param count - Number of successes (an integer 0…total).
 * @param total - Number of trials (a positive integer).
 * @param options - Null proportion, alternative, correction, confidence level.
 * @returns The test, or an issue for invalid counts or options.
 * @example
 * // Newcombe (1998a): 81/263 has the corrected Wilson interval 0.2535 to 0.3682
 * const result = testProportion(81, 263);
 * if (result.success) result.data.confidenceInterval;
 */
export function testProportion(
  count: number,
  total: number,
  options: OneProportionTestOptions = {},
): Result<HypothesisTest, EvaluationIssue> {
  const shape = argumentIssue(() => {
    checkArgument("testProportion", { options }, "plain object");
  });
  if (shape) return err(shape);
  const p = options.p ?? 0.5;
  const level = options.confidenceLevel ?? 0.95;
  const problem =
    checkCount("testProportion", { count, total }, "proportion") ??
    checkAtLeast(total, 1, { name: "proportion.total", what: "observations" }) ??
    checkConfidenceLevel(level);
  if (problem) return err(problem);
  if (!(p > 0 && p < 1)) {
    return err({
      code: "invalid_option",
      message: `p: expected a proportion strictly between 0 and 1`,
      path: ["p"],
    });
  }
  return ok(
    propTestOne(
      count,
      { n: total, p },
      { alternative: options.alternative ?? "two.sided", correct: options.correct ?? true, level },
    ),
  );
}
