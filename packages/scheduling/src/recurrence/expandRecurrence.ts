import { ok, type Result } from "@carerkit/core";
import type { SchedulingIssue } from "../errors.ts";
import { checkRecurrence } from "../_lib/checkRecurrence.ts";
import { fail } from "../_lib/issue.ts";
import {
  checkOptions,
  checkRecurrenceShape,
  QUERY_OPTION_FIELDS,
} from "../_lib/guard/checkOptions.ts";
import { returnIssue } from "../_lib/guard/returnIssue.ts";
import { iterateOccurrences } from "../_lib/occurrences.ts";
import { toExpandedOccurrence } from "../_lib/window.ts";
import type { ExpandRecurrenceOptions, ExpandedOccurrence, Recurrence } from "./types.ts";

export type { ExpandRecurrenceOptions, ExpandedOccurrence, Recurrence } from "./types.ts";

/**
 * Expands an RFC 5545 recurrence in a named IANA zone into local times and UTC instants.
 * rrule.js runs in floating mode only; the zone conversion, COUNT, UNTIL (UTC or local), EXDATE
 * and the rule that DTSTART is the first instance are applied here, so results do not depend on
 * the host time zone. Rules that could never end (or never start) fail with a typed error
 * instead of hanging.
 *
 * @param recurrence - The start, zone, RRULE and EXDATEs.
 * @param options - Limit, gap and overlap policies and the iteration budget.
 * @returns The occurrences in order, or an issue with code `invalid_argument` (a wrongly
 *   shaped argument), `invalid_input`, `out_of_span` (a date outside 1900–2200), `invalid_rule`,
 *   `unreachable_rule`, `unbounded_rule` or `budget_exceeded`. No occurrence after 2200-12-31
 *   is produced: the rule ends there.
 * @example
 * const result = expandRecurrence({
 *   start: "1997-09-02T09:00",
 *   zone: "America/New_York",
 *   rule: "FREQ=DAILY;COUNT=10",
 * });
 * if (result.success) result.data[0]; //=> { local: "1997-09-02T09:00:00-04:00", utc: "1997-09-02T13:00:00Z" }
 */
export function expandRecurrence(
  recurrence: Recurrence,
  options: ExpandRecurrenceOptions = {},
): Result<readonly ExpandedOccurrence[], SchedulingIssue> {
  const bad = returnIssue(() => {
    checkRecurrenceShape("expandRecurrence", recurrence);
    checkOptions("expandRecurrence", options, { ...QUERY_OPTION_FIELDS, limit: "count?" });
  });
  if (bad !== undefined) return bad;
  const { zone } = recurrence;
  const { limit } = options;
  const checked = checkRecurrence(recurrence);
  if (!checked.success) return checked;
  const { prepared, exdates } = checked.data;
  if (prepared.count === undefined && prepared.until === undefined && limit === undefined)
    return fail(
      "unbounded_rule",
      `rule: "${recurrence.rule}" has no COUNT or UNTIL; pass options.limit`,
      ["rule"],
    );

  const occurrences: ExpandedOccurrence[] = [];
  if (limit === 0) return ok(occurrences);
  const run = iterateOccurrences(
    prepared,
    {
      includeStart: true,
      exdates,
      nonexistent: options.nonexistentTime ?? "skip",
      ambiguous: options.ambiguousTime ?? "earlier",
      maxIterations: options.maxIterations ?? 10_000,
    },
    (occurrence) => {
      occurrences.push(toExpandedOccurrence(occurrence, zone));
      return limit === undefined || occurrences.length < limit;
    },
  );
  if (!run.success) return run;
  return ok(occurrences);
}
