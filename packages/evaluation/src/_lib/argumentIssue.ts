import { isCarerKitError } from "@carerkit/core";
import type { EvaluationIssue } from "../evaluationIssue.ts";

/**
 * Runs a function's `checkArgument` calls and hands back the first broken contract as an
 * `invalid_argument` issue, so a `Result` function can return it rather than throw.
 *
 * @param checks - The `checkArgument` calls, in the order the parameters come.
 * @returns The issue, or `undefined` when every check passed.
 * @example
 * const problem = argumentIssue(() => checkArgument("testPairedT", { pre }, "array"));
 * if (problem) return err(problem);
 */
export function argumentIssue(checks: () => void): EvaluationIssue | undefined {
  try {
    checks();
    return undefined;
  } catch (error) {
    if (!isCarerKitError(error) || error.code !== "invalid_argument") throw error;
    return { code: "invalid_argument", message: error.message, path: error.issues[0]?.path ?? [] };
  }
}
