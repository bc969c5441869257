import { ok, type Result } from "@carerkit/core";
import type { SchedulingIssue } from "../errors.ts";
import { checkRecurrence } from "../_lib/checkRecurrence.ts";
import { fail } from "../_lib/issue.ts";
import { iterateOccurrences } from "../_lib/occurrences.ts";
import { toExpandedOccurrence } from "../_lib/window.ts";
import { type AmbiguousTimePolicy, type NonexistentTimePolicy } from "../_lib/zone.ts";

/**
 * A recurrence in a named zone, as in iCalendar's `DTSTART;TZID=…`, `RRULE` and `EXDATE`.
 *
 * @example
 * const weekly: Recurrence = {
 *   start: "2025-03-17T10:00",
 *   zone: "Europe/London",
 *   rule: "FREQ=WEEKLY;COUNT=8",
 * };
 */
export interface Recurrence {
  /** The first instance as local wall-clock time: `YYYY-MM-DDTHH:MM[:SS]` or `YYYYMMDDTHHMMSS`. */
  readonly start: string;
  /** The IANA time zone of `start`, `exdates` and every occurrence, e.g. `Europe/London`. */
  readonly zone: string;
  /** An RFC 5545 RRULE value, with or without the `RRULE:` prefix. A UTC UNTIL ends in `Z`. */
  readonly rule: string;
  /** Excluded instances as local wall-clock times in `zone` (EXDATE). */
  readonly exdates?: readonly string[] | undefined;
}

/**
 * Options for {@link expandRecurrence}.
 *
 * @example
 * const options: ExpandRecurrenceOptions = { limit: 5, nonexistentTime: "shift" };
 */
export interface ExpandRecurrenceOptions {
  /** Stop after this many occurrences; needed for rules without COUNT or UNTIL. */
  readonly limit?: number | undefined;
  /**
   * A local time that falls in a spring-forward gap: `"skip"` (default; RFC 5545 §3.3.10: the
   * instance is ignored and not counted) or `"shift"` (use the offset before the gap, §3.3.5,
   * so 01:30 becomes 02:30 in London).
   */
  readonly nonexistentTime?: NonexistentTimePolicy | undefined;
  /** A local time that happens twice: `"earlier"` (default; RFC 5545 §3.3.5) or `"later"`. */
  readonly ambiguousTime?: AmbiguousTimePolicy | undefined;
  /** Occurrences rrule may visit before giving up with `budget_exceeded` (default 10,000). */
  readonly maxIterations?: number | undefined;
}

/**
 * One occurrence of a recurrence, as local time with offset and as a UTC instant.
 *
 * @example
 * const o: ExpandedOccurrence = { local: "1997-09-02T09:00:00-04:00", utc: "1997-09-02T13:00:00Z" };
 */
export interface ExpandedOccurrence {
  /** Local wall-clock time with its UTC offset, e.g. `1997-09-02T09:00:00-04:00`. */
  readonly local: string;
  /** The instant in UTC, e.g. `1997-09-02T13:00:00Z`. */
  readonly utc: string;
}

/**
 * Expands an RFC 5545 recurrence in a named IANA zone into local times and UTC instants.
 * rrule.js runs in floating mode only; the zone conversion, COUNT, UNTIL (UTC or local), EXDATE
 * and the rule that DTSTART is the first instance are applied here, so results do not depend on
 * the host time zone. Rules that could never end (or never start) fail with a typed error
 * instead of hanging.
 *
 * @param recurrence - The start, zone, RRULE and EXDATEs.
 * @param options - Limit, gap and overlap policies and the iteration budget.
 * @returns The occurrences in order, or an issue with code `invalid_input`, `invalid_rule`,
 *   `unreachable_rule`, `unbounded_rule` or `budget_exceeded`.
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
  const { zone } = recurrence;
  const { limit } = options;
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 0))
    return fail("invalid_input", `options.limit: expected an integer ≥ 0, got ${limit}`, ["limit"]);
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
