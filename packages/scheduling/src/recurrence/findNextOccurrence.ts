import type { Result } from "@carerkit/core";
import type { SchedulingIssue } from "../errors.ts";
import { findNext, findOne } from "../_lib/window.ts";
import type { ExpandedOccurrence, Recurrence } from "./expandRecurrence.ts";
import type { OccurrenceQueryOptions } from "./listOccurrencesBetween.ts";

/**
 * The earliest occurrence of a recurrence strictly after an instant, or `undefined` when the
 * rule has ended. DTSTART is the first instance (RFC 5545). Like {@link listOccurrencesBetween},
 * a rule without COUNT that repeats daily or less often is expanded from just before `after`,
 * not from DTSTART.
 *
 * @param recurrence - The start, zone, RRULE and EXDATEs.
 * @param after - An instant with its offset, e.g. `2025-06-03T12:00:00Z`; an occurrence at
 *   exactly this instant is not "next".
 * @param options - Gap and overlap policies and the iteration budget.
 * @returns The next occurrence or `undefined`, or an issue (`invalid_argument`, `out_of_span`, `invalid_input`, `invalid_rule`,
 *   `unreachable_rule`, `budget_exceeded`).
 * @example
 * const result = findNextOccurrence(
 *   { start: "2015-01-05T10:00", zone: "Europe/London", rule: "FREQ=WEEKLY;BYDAY=MO" },
 *   "2025-06-03T12:00:00Z",
 * );
 * if (result.success) result.data?.local; //=> "2025-06-09T10:00:00+01:00"
 */
export function findNextOccurrence(
  recurrence: Recurrence,
  after: string,
  options: OccurrenceQueryOptions = {},
): Result<ExpandedOccurrence | undefined, SchedulingIssue> {
  return findOne({ recurrence, instant: after, field: "after" }, options, findNext);
}
