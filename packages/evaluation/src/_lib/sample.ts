import type { EvaluationIssue } from "../evaluationIssue.ts";
import type { QuantileOptions } from "../descriptive/quantileType.ts";
import { checkAtLeast, checkValues } from "./checks.ts";

/** An issue for an empty or non-finite sample or an unknown quantile type. */
export function checkSample(
  fn: string,
  values: readonly number[],
  options: QuantileOptions,
): EvaluationIssue | undefined {
  const shape = checkValues(fn, values, options);
  if (shape) return shape;
  const { type = 7 } = options;
  return (
    checkAtLeast(values.length, 1, { name: "values" }) ??
    (Number.isInteger(type) && type >= 1 && type <= 9
      ? undefined
      : {
          code: "invalid_option",
          message: `type: expected an integer 1–9`,
          path: ["type"],
        })
  );
}

/** A sorted copy (the input is never mutated). */
export function sortedCopy(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}
