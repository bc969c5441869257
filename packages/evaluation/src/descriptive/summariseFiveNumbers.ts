import { err, ok, type Result } from "@carerkit/core";
import type { EvaluationIssue } from "../evaluationIssue.ts";
import { checkAtLeast, checkValues } from "../_lib/checks.ts";
import { sortedCopy } from "../_lib/sample.ts";

/**
 * Tukey's five-number summary: minimum, lower hinge, median, upper hinge, maximum.
 *
 * @example
 * const summary: FiveNumberSummary = { minimum: 1, lowerHinge: 3, median: 5.5, upperHinge: 8, maximum: 10 };
 */
export interface FiveNumberSummary {
  /** The smallest value. */
  readonly minimum: number;
  /** The lower hinge: the median of the lower half (including the median when n is odd). */
  readonly lowerHinge: number;
  /** The median. */
  readonly median: number;
  /** The upper hinge. */
  readonly upperHinge: number;
  /** The largest value. */
  readonly maximum: number;
}

/**
 * Tukey's five-number summary, as R's `fivenum(values)`: the hinges are order statistics (or
 * midpoints of two) at depth ⌊(n + 3)/2⌋/2, which is what a boxplot draws and differs from the
 * type-7 quartiles for small n.
 *
 * @param values - The sample (finite numbers, at least one).
 * @returns The summary, or an issue for an empty or non-finite sample.
 * @example
 * // R: fivenum(1:10) gives 1.0 3.0 5.5 8.0 10.0
 * const result = summariseFiveNumbers([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
 * if (result.success) result.data.lowerHinge; //=> 3
 */
export function summariseFiveNumbers(
  values: readonly number[],
): Result<FiveNumberSummary, EvaluationIssue> {
  const problem =
    checkValues("summariseFiveNumbers", values, {}) ??
    checkAtLeast(values.length, 1, { name: "values" });
  if (problem) return err(problem);
  const x = sortedCopy(values);
  const n = x.length;
  const n4 = Math.floor((n + 3) / 2) / 2;
  const at = (d: number): number =>
    0.5 * ((x[Math.floor(d) - 1] ?? Number.NaN) + (x[Math.ceil(d) - 1] ?? Number.NaN));
  return ok({
    minimum: at(1),
    lowerHinge: at(n4),
    median: at((n + 1) / 2),
    upperHinge: at(n + 1 - n4),
    maximum: at(n),
  });
}
