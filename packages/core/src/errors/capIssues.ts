import type { CarerKitIssue } from "../result/result.ts";
import { invalidArgument } from "./invalidArgument.ts";

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
  // Checked inline, not through checkArgument's table of kinds, so that every import that can
  // fail (scoreInstrument among them) does not carry that table for this one check.
  const given: unknown = issues;
  if (!Array.isArray(given)) throw invalidArgument("capIssues", { issues }, "an array");
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
