import type { AssessmentIssue } from "../../errors.ts";
import { issue } from "./issue.ts";
import { repeatedIds } from "./repeatedIds.ts";

/** Reports each id used more than once, as "`<noun>` id X is used more than once". */
export function checkUniqueIds(
  ids: readonly string[],
  where: { readonly path: string; readonly noun: string },
  issues: AssessmentIssue[],
): void {
  for (const id of repeatedIds(ids))
    issues.push(
      issue("duplicate_id", [where.path], `${where.noun} id ${id} is used more than once`),
    );
}
