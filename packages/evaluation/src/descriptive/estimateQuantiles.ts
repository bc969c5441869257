import { checkArgument, err, ok, type Result } from "@carerkit/core";
import type { EvaluationIssue } from "../evaluationIssue.ts";
import { argumentIssue } from "../_lib/argumentIssue.ts";
import { quantileOfSorted } from "../_lib/quantile.ts";
import { checkSample, sortedCopy } from "../_lib/sample.ts";
import type { QuantileOptions } from "./quantileType.ts";

/**
 * Sample quantiles by any of R's nine definitions, as `quantile(values, probabilities, type)`;
 * type 7 (R's default) unless asked. For Likert items, type 1 or 3 always returns a scale
 * point; the continuous types interpolate between points.
 *
 * @param values - The sample (finite numbers, at least one).
 * @param probabilities - The probabilities, each in [0, 1].
 * @param options - The quantile type (default 7).
 * @returns The quantiles in the order asked, or an issue naming the bad value or option.
 * @example
 * // R: quantile(1:10) gives 1.00 3.25 5.50 7.75 10.00
 * const result = estimateQuantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [0, 0.25, 0.5, 0.75, 1]);
 * if (result.success) result.data; //=> [1, 3.25, 5.5, 7.75, 10]
 */
export function estimateQuantiles(
  values: readonly number[],
  probabilities: readonly number[],
  options: QuantileOptions = {},
): Result<number[], EvaluationIssue> {
  const problem = checkSample("estimateQuantiles", values, options);
  if (problem) return err(problem);
  const type = options.type ?? 7;
  const shape = argumentIssue(() => {
    checkArgument("estimateQuantiles", { probabilities }, "array");
  });
  if (shape) return err(shape);
  for (let i = 0; i < probabilities.length; i++) {
    const p = probabilities[i];
    if (typeof p !== "number" || !(p >= 0 && p <= 1)) {
      return err({
        code: "out_of_range",
        message: `probabilities[${i}]: expected a probability in [0, 1]`,
        path: ["probabilities", i],
      });
    }
  }
  const sorted = sortedCopy(values);
  return ok(probabilities.map((p) => quantileOfSorted(sorted, p, type)));
}
