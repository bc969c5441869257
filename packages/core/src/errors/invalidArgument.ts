import type { CarerKitIssue } from "../result/result.ts";
import type { CoreIssueCode } from "./CoreIssueCode.ts";
import { describeShape } from "../_lib/describeReceived.ts";
import { CarerKitError } from "./CarerKitError.ts";

/**
 * The error for a broken call contract: a {@link CarerKitError} with code `invalid_argument`
 * that names the function, the parameter and what was expected, and describes what was received
 * by its shape only (never its content, which may be a carer's data).
 *
 * @param fn - The public function that was called, for example `"calculateAge"`.
 * @param parameter - The parameter or path within it, for example `"asOf"` or `"cells[3].count"`.
 * @param expected - What it must be, for example `"an ISO date (YYYY-MM-DD)"`.
 * @param received - The value received; only its shape reaches the message.
 * @returns The error, for the caller to throw (or to return in a Result).
 * @example
 * throw invalidArgument("suppressSmallNumbers", "cells[0].count", "a count (an integer ≥ 0)", -1);
 * // CarerKitError invalid_argument: "suppressSmallNumbers: cells[0].count must be a count (an integer ≥ 0); received a number"
 */
export function invalidArgument(
  fn: string,
  parameter: string,
  expected: string,
  received: unknown,
): CarerKitError {
  const message = `${fn}: ${parameter} must be ${expected}; received ${describeShape(received)}`;
  const issue: CarerKitIssue<CoreIssueCode> = {
    code: "invalid_argument",
    message,
    path: [parameter],
  };
  return new CarerKitError("invalid_argument", message, { issues: [issue] });
}
