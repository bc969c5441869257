import type { AssessmentError, AssessmentErrorCode } from "../../errors.ts";
import { argumentProblem, type ArgumentCheck } from "./argumentProblem.ts";

/**
 * For functions that return a `Result`: the error to return, with one `invalid_argument` issue
 * naming the first argument that is not of its kind, or undefined when every one is.
 */
export function argumentError(
  code: AssessmentErrorCode,
  fn: string,
  checks: readonly ArgumentCheck[],
): AssessmentError | undefined {
  const problem = argumentProblem(fn, checks);
  if (problem === undefined) return undefined;
  const path = problem.issues[0]?.path ?? [];
  return {
    code,
    message: problem.message,
    issues: [{ code: "invalid_argument", path, message: problem.message }],
  };
}
