import { checkArgument, err, ok, type Result } from "@carerkit/core";
import type { EvaluationIssue } from "../evaluationIssue.ts";
import { argumentIssue } from "../_lib/argumentIssue.ts";
import type { Alternative, HypothesisTest } from "../types.ts";
import { binomialPValue } from "../_lib/binomialTest.ts";
import { checkAtLeast, checkConfidenceLevel, checkCount } from "../_lib/checks.ts";
import { proportionInterval } from "../_lib/proportion.ts";

/** Options for {@link testBinomial}. */
export interface BinomialTestOptions {
  /** The hypothesised probability of success (default 0.5), strictly between 0 and 1 or 0/1. */
  readonly p?: number | undefined;
  /** The alternative (default `"two.sided"`). */
  readonly alternative?: Alternative | undefined;
  /** Confidence level of the Clopper–Pearson interval (default 0.95). */
  readonly confidenceLevel?: number | undefined;
}

/**
 * The exact binomial test, as R's `binom.test(x, n, p)`: two-sided p sums the probabilities of
 * all counts no more likely than the observed one (R's method, with its relative tolerance
 * 1 + 1e-7); one-sided p is a binomial tail. The interval is Clopper–Pearson, one-sided for a
 * one-sided alternative, as R.
 *
 * @param count - Number of successes (an integer 0…total).
 * @param total - Number of trials (a positive integer).
 * @param options - Null probability, alternative, confidence level.
 * @returns The test, or an issue for invalid counts or options.
 * @example
 * // R's ?binom.test: binom.test(682, 925, p = 3/4) gives p-value = 0.3825
 * const result = testBinomial(682, 925, { p: 0.75 });
 * if (result.success) result.data.pValue; //=> 0.38249…
 */
export function testBinomial(
  count: number,
  total: number,
  options: BinomialTestOptions = {},
): Result<HypothesisTest, EvaluationIssue> {
  const shape = argumentIssue(() => {
    checkArgument("testBinomial", { options }, "plain object");
  });
  if (shape) return err(shape);
  const p = options.p ?? 0.5;
  const level = options.confidenceLevel ?? 0.95;
  const alternative = options.alternative ?? "two.sided";
  const problem =
    checkCount("testBinomial", { count, total }, "binomial") ??
    checkAtLeast(total, 1, { name: "binomial.total", what: "trials" }) ??
    checkConfidenceLevel(level);
  if (problem) return err(problem);
  if (!(p >= 0 && p <= 1)) {
    return err({
      code: "invalid_option",
      message: `p: expected a probability in [0, 1]`,
      path: ["p"],
    });
  }
  return ok({
    method: "Exact binomial test",
    statistic: { name: "number of successes", value: count },
    parameter: { name: "number of trials", value: total },
    pValue: binomialPValue(count, { n: total, p }, alternative),
    confidenceInterval: proportionInterval(count, total, {
      method: "clopper-pearson",
      level,
      alternative,
    }),
    estimate: { name: "probability of success", value: count / total },
    nullValue: p,
    alternative,
  });
}
