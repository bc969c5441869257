// Result functions run their argument checks (core's checkArgument, which throws) through this,
// so that a broken call contract comes back as the failed Result their callers already handle.
import { err, isCarerKitError, type CarerKitIssue, type Result } from "@carerkit/core";

/** The issue of a broken call contract: wrong shape, or a date or span out of limits. */
export type ArgumentIssue = CarerKitIssue<"invalid_argument" | "out_of_span">;

/**
 * Runs `check`; when it throws a `CarerKitError` `invalid_argument` or `out_of_span`, returns
 * that error's issue as a failed Result, else `undefined`. Any other throw propagates.
 */
export function returnIssue(check: () => void): Result<never, ArgumentIssue> | undefined {
  try {
    check();
    return undefined;
  } catch (error) {
    const issue = isCarerKitError(error) ? error.issues[0] : undefined;
    if (issue?.code === "invalid_argument" || issue?.code === "out_of_span")
      return err({ code: issue.code, message: issue.message, path: issue.path ?? [] });
    throw error;
  }
}
