import type { Result } from "@carerkit/core";
import type { SchedulingIssue } from "../errors.ts";
import { findOne, findPrevious } from "../_lib/window.ts";
import type { ExpandedOccurrence, Recurrence } from "./expandRecurrence.ts";
import type { OccurrenceQueryOptions } from "./listOccurrencesBetween.ts";

/**
 * The latest occurrence of a recurrence strictly before an instant, or `undefined` when there is
 * none (the instant is at or before DTSTART). DTSTART is the first instance (RFC 5545). For a
 * rule without COUNT that repeats daily or less often, the search looks back over windows of 35
 * days, then 70, 140 and so on, each expanded from just before it, so the cost grows with the
 * gap to the previous occurrence rather than with the time since DTSTART.
 *
 * @param recurrence - The start, zone, RRULE and EXDATEs.
 * @param before - An instant with its offset, e.g. `2025-06-03T12:00:00Z`; an occurrence at
 *   exactly this instant is not "previous".
 * @param options - Gap and overlap policies and the iteration budget (per window searched).
 * @returns The previous occurrence or `undefined`, or an issue (`invalid_argument`, `out_of_span`, `invalid_input`,
 *   `invalid_rule`, `unreachable_rule`, `budget_exceeded`).
 * @example
 * const result = findPreviousOccurrence(
 *   { start: "2015-01-05T10:00", zone: "Europe/London", rule: "FREQ=WEEKLY;BYDAY=MO" },
 *   "2025-06-03T12:00:00Z",
 * );
 * if (result.success) result.data?.local; //=> "2025-06-02T10:00:00+01:00"
 */
export function findPreviousOccurrence(
  recurrence: Recurrence,
  before: string,
  options: OccurrenceQueryOptions = {},
): Result<ExpandedOccurrence | undefined, SchedulingIssue> {
  return findOne({ recurrence, instant: before, field: "before" }, options, findPrevious);
}
