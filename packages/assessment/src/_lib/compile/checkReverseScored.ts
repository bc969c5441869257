import type { AssessmentIssue } from "../../errors.ts";
import type { Instrument } from "../../instrument/types/instrument.ts";
import { issue } from "./issue.ts";

/** The reverse-scored item ids; an id no item has is reported. */
export function checkReverseScored(
  instrument: Instrument,
  knownIds: ReadonlySet<string>,
  issues: AssessmentIssue[],
): Set<string> {
  const reverse = new Set(instrument.reverseScored ?? []);
  for (const id of reverse)
    if (!knownIds.has(id))
      issues.push(issue("unknown_item", ["reverseScored"], `no item with id ${id}`));
  return reverse;
}
