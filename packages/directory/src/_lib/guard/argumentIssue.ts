import { isCarerKitError } from "@carerkit/core";
import type { DirectoryIssue } from "../../offer/issue.ts";

/** The issue a failed argument check becomes. */
export type ArgumentIssue = DirectoryIssue & { readonly code: "invalid_argument" | "out_of_span" };

/**
 * Runs argument checks for a function that returns a Result: the CarerKitError a check throws
 * comes back as the issue to return (`invalid_argument` or `out_of_span`); anything else is
 * rethrown.
 */
export function argumentIssue(checks: () => void): ArgumentIssue | undefined {
  try {
    checks();
    return undefined;
  } catch (error) {
    if (!isCarerKitError(error)) throw error;
    const code: ArgumentIssue["code"] =
      error.code === "out_of_span" ? "out_of_span" : "invalid_argument";
    const path = error.issues[0]?.path;
    return {
      code,
      severity: "error",
      message: error.message,
      ...(path === undefined ? {} : { path }),
    };
  }
}
