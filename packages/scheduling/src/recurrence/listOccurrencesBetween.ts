import { ok, type Result } from "@carerkit/core";
import type { SchedulingIssue } from "../errors.ts";
import { checkRecurrence } from "../_lib/checkRecurrence.ts";
import { checkFields } from "../_lib/guard/checkFields.ts";
import {
  checkOptions,
  checkRecurrenceShape,
  QUERY_OPTION_FIELDS,
} from "../_lib/guard/checkOptions.ts";
import { returnIssue } from "../_lib/guard/returnIssue.ts";
import { listBetween, parseInstant, toExpandedOccurrence, windowSettings } from "../_lib/window.ts";
import type {
  ExpandedOccurrence,
  ExpandRecurrenceOptions,
  Recurrence,
} from "./expandRecurrence.ts";

/**
 * Two instants, each with its offset (`2025-03-17T10:00:00Z` or `2025-03-17T11:00:00+01:00`):
 * `from` is included, `to` is not.
 *
 * @example
 * const window: InstantWindow = { from: "2025-06-01T00:00:00Z", to: "2025-07-01T00:00:00Z" };
 */
export interface InstantWindow {
  readonly from: string;
  readonly to: string;
}

/**
 * Options for {@link listOccurrencesBetween}, {@link findNextOccurrence} and
 * {@link findPreviousOccurrence}: those of {@link expandRecurrence} except `limit`, with the same
 * defaults (skip gap times, take the earlier of repeated times, 10,000 visits).
 *
 * @example
 * const options: OccurrenceQueryOptions = { nonexistentTime: "shift", maxIterations: 500 };
 */
export type OccurrenceQueryOptions = Omit<ExpandRecurrenceOptions, "limit">;

/**
 * The occurrences of a recurrence whose instant lies in a window (`from` included, `to` not), in
 * the order {@link expandRecurrence} gives them, and exactly the ones it gives in that window.
 * DTSTART is the first instance (RFC 5545). A rule without COUNT that repeats daily, weekly,
 * monthly or yearly is expanded from just before the window, so a window years after DTSTART
 * costs only its own periods; rules with COUNT (whose later instances depend on the earlier
 * ones) and sub-daily rules are expanded from DTSTART. No COUNT or UNTIL is needed.
 *
 * @param recurrence - The start, zone, RRULE and EXDATEs.
 * @param window - The instants `from` (included) and `to` (excluded), each with an offset.
 * @param options - Gap and overlap policies and the iteration budget.
 * @returns The occurrences in the window, or an issue (`invalid_argument`, `invalid_input`,
 *   `out_of_span` for an instant outside 1900–2200, `invalid_rule`, `unreachable_rule`,
 *   `budget_exceeded`).
 * @example
 * const result = listOccurrencesBetween(
 *   { start: "2015-01-05T10:00", zone: "Europe/London", rule: "FREQ=WEEKLY;BYDAY=MO" },
 *   { from: "2025-06-01T00:00:00Z", to: "2025-06-10T00:00:00Z" },
 * );
 * if (result.success) result.data.map((o) => o.local);
 * //=> ["2025-06-02T10:00:00+01:00", "2025-06-09T10:00:00+01:00"]
 */
export function listOccurrencesBetween(
  recurrence: Recurrence,
  window: InstantWindow,
  options: OccurrenceQueryOptions = {},
): Result<readonly ExpandedOccurrence[], SchedulingIssue> {
  const bad = returnIssue(() => {
    checkRecurrenceShape("listOccurrencesBetween", recurrence);
    checkFields({ fn: "listOccurrencesBetween", path: "window" }, window, {
      from: "string",
      to: "string",
    });
    checkOptions("listOccurrencesBetween", options, QUERY_OPTION_FIELDS);
  });
  if (bad !== undefined) return bad;
  const from = parseInstant(window.from, "from");
  if (!from.success) return from;
  const to = parseInstant(window.to, "to");
  if (!to.success) return to;
  const checked = checkRecurrence(recurrence);
  if (!checked.success) return checked;
  const query = { recurrence: checked.data, settings: windowSettings(options) };
  const found = listBetween(query, from.data, to.data);
  if (!found.success) return found;
  return ok(found.data.map((occurrence) => toExpandedOccurrence(occurrence, recurrence.zone)));
}
