import type { CarerKitIssue } from "@carerkit/core";

/**
 * Why an evaluation function could not produce a result. Expected outcomes, returned in a
 * `Result`, never thrown:
 * - `too_few_observations`: the statistic needs more data (e.g. a t-test with n < 2);
 * - `mismatched_lengths`: paired inputs of different lengths;
 * - `not_finite`: a value is `NaN`, `Infinity` or not a number;
 * - `zero_variance`: the statistic divides by a standard deviation of 0;
 * - `invalid_count`: a count is negative, fractional, or larger than its total;
 * - `out_of_range`: a value outside its scale (e.g. a Likert answer of 6 on a 1–5 item);
 * - `invalid_option`: an option is out of range (e.g. `confidenceLevel` outside (0, 1));
 * - `invalid_row`: a row of a dataset could not be read (CSV import);
 * - `invalid_argument`: a broken call contract (an argument of the wrong shape, e.g. a sample
 *   that is not an array, or a count that is not an integer ≥ 0), from core's `checkArgument`;
 * - `too_many_issues`: the last issue of a list cut at 100 (core's `capIssues`), counting the rest.
 *
 * @example
 * const code: EvaluationErrorCode = "too_few_observations";
 */
export type EvaluationErrorCode =
  | "too_few_observations"
  | "mismatched_lengths"
  | "not_finite"
  | "zero_variance"
  | "invalid_count"
  | "out_of_range"
  | "invalid_option"
  | "invalid_row"
  | "invalid_argument"
  | "too_many_issues";

/**
 * One problem found by an evaluation function: a code, a message naming the field and value,
 * and the path to it. Messages never contain carers' data beyond an index or a line number.
 *
 * @example
 * const issue: EvaluationIssue = {
 *   code: "too_few_observations",
 *   message: "pre: expected at least 2 pairs, got 1",
 *   path: ["pre"],
 * };
 */
export type EvaluationIssue = CarerKitIssue<EvaluationErrorCode>;
