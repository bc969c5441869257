import { CarerKitError } from "../errors/CarerKitError.ts";
import type { CoreIssueCode } from "../errors/CoreIssueCode.ts";
import type { CarerKitIssue } from "../result/result.ts";

/**
 * The issue a Result-returning function gives back for a broken call contract; a function that
 * takes no date narrows it to `ArgumentIssue<"invalid_argument">`.
 *
 * @example
 * const result = normalisePostcode(42 as never);
 * if (!result.success && result.error.code === "invalid_argument") console.error(result.error.message);
 */
export type ArgumentIssue<
  TCode extends Extract<CoreIssueCode, "invalid_argument" | "out_of_span"> =
    "invalid_argument" | "out_of_span",
> = CarerKitIssue<TCode>;

/**
 * Runs a Result-returning function's argument checks (`checkArgument`, `checkDate`) and hands
 * back the first refusal as an issue instead of throwing, so the function can return it as
 * `err(...)` the way it returns its other outcomes. Anything else thrown goes on up.
 */
export function argumentIssue(checks: () => void): ArgumentIssue | undefined {
  try {
    checks();
    return undefined;
  } catch (error) {
    if (
      error instanceof CarerKitError &&
      (error.code === "invalid_argument" || error.code === "out_of_span")
    ) {
      return error.issues[0] as ArgumentIssue;
    }
    throw error;
  }
}
