import { err, ok, type Result } from "@carerkit/core";
import type { EvaluationIssue } from "../evaluationIssue.ts";
import type { ConfidenceInterval } from "../types.ts";
import { checkTwoCounts } from "../_lib/checks.ts";
import { wilson } from "../_lib/proportion.ts";

/**
 * A count out of a total, e.g. 56 of 70 carers who completed.
 *
 * @example
 * const completed: CountOf = { count: 56, total: 70 };
 */
export interface CountOf {
  /** How many have the characteristic. */
  readonly count: number;
  /** How many were observed. */
  readonly total: number;
}

/** Options for {@link estimateProportionDifference}. */
export interface ProportionDifferenceOptions {
  /** Confidence level (default 0.95). */
  readonly confidenceLevel?: number | undefined;
}

/** The difference pA − pB and its Newcombe hybrid score interval. */
export interface ProportionDifference {
  /** pA = a.count / a.total. */
  readonly proportionA: number;
  /** pB = b.count / b.total. */
  readonly proportionB: number;
  /** pA − pB. */
  readonly difference: number;
  /** Newcombe (1998b) method 10: the hybrid score interval without continuity correction. */
  readonly confidenceInterval: ConfidenceInterval;
}

/**
 * The difference between two independent proportions with Newcombe's hybrid score interval
 * (1998, method 10), built from the two Wilson intervals (l₁, u₁) and (l₂, u₂):
 * lower = d − √((p₁ − l₁)² + (u₂ − p₂)²), upper = d + √((u₁ − p₁)² + (p₂ − l₂)²).
 *
 * @param a - The first group's count and total.
 * @param b - The second group's count and total.
 * @param options - Confidence level.
 * @returns pA − pB with its interval, or an issue for invalid counts.
 * @example
 * // Newcombe (1998): 56/70 − 48/80 = 0.2, interval 0.0524 to 0.3339
 * const result = estimateProportionDifference({ count: 56, total: 70 }, { count: 48, total: 80 });
 */
export function estimateProportionDifference(
  a: CountOf,
  b: CountOf,
  options: ProportionDifferenceOptions = {},
): Result<ProportionDifference, EvaluationIssue> {
  const problem = checkTwoCounts("estimateProportionDifference", { a, b }, options);
  if (problem) return err(problem);
  const level = options.confidenceLevel ?? 0.95;
  const p1 = a.count / a.total;
  const p2 = b.count / b.total;
  const w1 = wilson(a.count, a.total, level);
  const w2 = wilson(b.count, b.total, level);
  const difference = p1 - p2;
  return ok({
    proportionA: p1,
    proportionB: p2,
    difference,
    confidenceInterval: {
      lower: difference - Math.sqrt((p1 - w1.lower) ** 2 + (w2.upper - p2) ** 2),
      upper: difference + Math.sqrt((w1.upper - p1) ** 2 + (p2 - w2.lower) ** 2),
      level,
    },
  });
}
