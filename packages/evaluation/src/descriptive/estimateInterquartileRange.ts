import { err, ok, type Result } from "@carerkit/core";
import type { EvaluationIssue } from "../evaluationIssue.ts";
import { quantileOfSorted } from "../_lib/quantile.ts";
import { checkSample, sortedCopy } from "../_lib/sample.ts";
import type { QuantileOptions } from "./quantileType.ts";

/**
 * The interquartile range Q3 − Q1, as R's `IQR(values, type = 7)`.
 *
 * @param values - The sample (finite numbers, at least one).
 * @param options - The quantile type (default 7).
 * @returns The IQR, or an issue naming the bad value or option.
 * @example
 * // R: IQR(1:10) = 4.5
 * const result = estimateInterquartileRange([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
 * if (result.success) result.data; //=> 4.5
 */
export function estimateInterquartileRange(
  values: readonly number[],
  options: QuantileOptions = {},
): Result<number, EvaluationIssue> {
  const problem = checkSample("estimateInterquartileRange", values, options);
  if (problem) return err(problem);
  const type = options.type ?? 7;
  const sorted = sortedCopy(values);
  return ok(quantileOfSorted(sorted, 0.75, type) - quantileOfSorted(sorted, 0.25, type));
}
