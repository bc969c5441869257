import type { AssessmentIssue } from "../../errors.ts";

/** An issue whose message starts with its dotted path. */
export function issue(
  code: AssessmentIssue["code"],
  path: readonly (string | number)[],
  message: string,
) {
  return { code, path, message: `${path.join(".")}: ${message}` } satisfies AssessmentIssue;
}
