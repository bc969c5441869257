import type { CarerKitIssue } from "../result/result.ts";
import { checkArgument } from "./checkArgument.ts";

/**
 * The most issues a CarerKit error lists; the rest are counted in one final issue.
 *
 * @example
 * if (error.issues.length > MAX_ISSUES) console.warn("truncated");
 */
export const MAX_ISSUES = 100;

/**
 * At most {@link MAX_ISSUES} issues, then one `too_many_issues` issue counting the rest, so a
 * hostile input cannot make an error (or its message) grow without bound. The issues kept are
 * the first ones, in their order.
 *
 * @param issues - Every problem found.
 * @returns The same list when it is short enough, else the first {@link MAX_ISSUES} and a count.
 * @throws CarerKitError `invalid_argument` when `issues` is not an array.
 * @example
 * capIssues(problems).at(-1)?.code; // "too_many_issues" when there were more than 100
 */
export function capIssues<TCode extends string>(
  issues: readonly CarerKitIssue<TCode>[],
): readonly CarerKitIssue<TCode | "too_many_issues">[] {
  checkArgument("capIssues", { issues }, "array");
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
