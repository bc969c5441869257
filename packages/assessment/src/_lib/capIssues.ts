import type { AssessmentIssue } from "../errors.ts";

/** The most issues any error lists; the rest are counted in one final issue. */
export const MAX_ISSUES = 100;

/**
 * At most {@link MAX_ISSUES} issues, then one `too_many_issues` issue counting the rest, so a
 * hostile input cannot make an error (or its message) grow without bound.
 */
export function capIssues(issues: readonly AssessmentIssue[]): readonly AssessmentIssue[] {
  if (issues.length <= MAX_ISSUES) return issues;
  const rest = issues.length - MAX_ISSUES;
  return [
    ...issues.slice(0, MAX_ISSUES),
    {
      code: "too_many_issues",
      path: [],
      message: `and ${rest.toLocaleString("en-GB")} more problem${rest === 1 ? "" : "s"}, not listed`,
    },
  ];
}
