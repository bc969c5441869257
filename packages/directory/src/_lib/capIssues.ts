// Caps an importer's issue list: a feed with a hundred thousand bad rows reports the first
// ISSUES_PER_CAUSE of each cause and one issue counting the rest, so the list stays readable
// and its size bounded. The conservation report is built from the full list before capping.
import type { DirectoryIssue } from "../offer/issue.ts";

/** How many issues of one cause (code, severity and place, row numbers aside) are listed. */
export const ISSUES_PER_CAUSE = 100;

/** Where an issue is, with row numbers and line numbers folded: `services.*.phones.*.number`. */
function placeOf(issue: DirectoryIssue): string {
  return (issue.path ?? [])
    .map((p) => (typeof p === "number" || /^line \d+$/.test(p) ? "*" : p))
    .join(".");
}

export function capIssues(issues: readonly DirectoryIssue[]): DirectoryIssue[] {
  const seen = new Map<string, { first: DirectoryIssue; place: string; count: number }>();
  const kept: DirectoryIssue[] = [];
  for (const issue of issues) {
    const place = placeOf(issue);
    const key = `${issue.severity}|${issue.code}|${place}`;
    const cause = seen.get(key) ?? { first: issue, place, count: 0 };
    seen.set(key, cause);
    cause.count++;
    if (cause.count <= ISSUES_PER_CAUSE) kept.push(issue);
  }
  for (const { first, place, count } of seen.values()) {
    if (count <= ISSUES_PER_CAUSE) continue;
    const omitted = count - ISSUES_PER_CAUSE;
    kept.push({
      code: first.code,
      severity: first.severity,
      path: first.path?.map((p) => (typeof p === "number" ? "*" : p)) ?? [],
      message: `${place === "" ? "(root)" : place}: ${omitted} more ${first.code} ${first.severity}s here, not listed (the first ${ISSUES_PER_CAUSE} are)`,
      omitted,
    });
  }
  return kept;
}
