import type { EvaluationIssue } from "../evaluationIssue.ts";
import type { QuantileType } from "../descriptive/quantileType.ts";
import { checkAtLeast, checkFinite } from "./checks.ts";

/** An issue for an empty or non-finite sample or an unknown quantile type. */
export function checkSample(
  values: readonly number[],
  type: QuantileType,
): EvaluationIssue | undefined {
  return (
    checkFinite(values, "values") ??
    checkAtLeast(values.length, 1, { name: "values" }) ??
    (Number.isInteger(type) && type >= 1 && type <= 9
      ? undefined
      : {
          code: "invalid_option",
          message: `type: expected an integer 1–9, got ${String(type)}`,
          path: ["type"],
        })
  );
}

/** A sorted copy (the input is never mutated). */
export function sortedCopy(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}
