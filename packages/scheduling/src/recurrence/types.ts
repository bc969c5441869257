import type { AmbiguousTimePolicy, NonexistentTimePolicy } from "../_lib/zone.ts";

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
