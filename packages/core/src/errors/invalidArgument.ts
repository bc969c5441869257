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
 * @param argument - One entry: the parameter (or a path within it, such as `"cells[3].count"`)
 *   and the value received, whose shape alone reaches the message.
 * @param expected - What it must be, for example `"an ISO date (YYYY-MM-DD)"`.
 * @returns The error, for the caller to throw (or to return in a Result).
 * @example
 * throw invalidArgument("suppressSmallNumbers", { "cells[0].count": -1 }, "a count (an integer ≥ 0)");
 * // CarerKitError invalid_argument:
 * // "suppressSmallNumbers: cells[0].count must be a count (an integer ≥ 0); received a number"
 */
export function invalidArgument(
  fn: string,
  argument: Readonly<Record<string, unknown>>,
  expected: string,
): CarerKitError {
  // Tolerant of a hostile call: it builds an error whatever it is given, and never throws.
  const entries =
    typeof argument === "object" && (argument as unknown) !== null ? Object.entries(argument) : [];
  const [parameter = "argument", received] = entries[0] ?? [];
  const name = typeof fn === "string" ? fn : "(unnamed function)";
  const kind = typeof expected === "string" ? expected : "(unstated)";
  const message = `${name}: ${parameter} must be ${kind}; received ${describeShape(received)}`;
  const issue: CarerKitIssue<CoreIssueCode> = {
    code: "invalid_argument",
    message,
    path: [parameter],
  };
  return new CarerKitError("invalid_argument", message, { issues: [issue] });
}
