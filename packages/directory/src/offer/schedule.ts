/**
 * One HSDS schedule row, kept close to the published RRULE fields so that export is lossless.
 * Times without a UTC offset are local wall-clock times in the directory's time zone.
 *
 * @example
 * const tuesdayEvenings: OfferSchedule = {
 *   id: "s1", freq: "WEEKLY", byday: "TU", opensAt: "18:00", closesAt: "20:00",
 * };
 */
export interface OfferSchedule {
  /** The schedule's id in the feed. */
  readonly id: string;
  /** `WEEKLY` or `MONTHLY` (HSDS allows only these two). */
  readonly freq?: "WEEKLY" | "MONTHLY" | undefined;
  /** Every n-th week or month, counted from `dtstart`. */
  readonly interval?: number | undefined;
  /** Comma list of weekdays, e.g. `MO,TU`; with MONTHLY they may carry an ordinal (`1SA`, `-1FR`). */
  readonly byday?: string | undefined;
  /** Comma list of days of the month (negative counts from the end). */
  readonly bymonthday?: string | undefined;
  /** Comma list of ISO week numbers. */
  readonly byweekno?: string | undefined;
  /** Comma list of days of the year. */
  readonly byyearday?: string | undefined;
  /** First day of the week for RRULE (kept for export). */
  readonly wkst?: string | undefined;
  /** Start date of the recurrence, `YYYY-MM-DD`. */
  readonly dtstart?: string | undefined;
  /** Last date of the recurrence, `YYYY-MM-DD`. */
  readonly until?: string | undefined;
  /** Number of occurrences. */
  readonly count?: number | undefined;
  /** First date on which this schedule data is valid. */
  readonly validFrom?: string | undefined;
  /** Last date on which this schedule data is valid. */
  readonly validTo?: string | undefined;
  /** Opening time as published, `HH:MM` or `HH:MM:SS`, optionally with `Z` or `±HH:MM`. */
  readonly opensAt?: string | undefined;
  /** Closing time as published. */
  readonly closesAt?: string | undefined;
  /** HSDS numeric UTC offset in hours, used when the times carry no offset. */
  readonly timezone?: number | undefined;
  /** Human-readable description. */
  readonly description?: string | undefined;
  /** Link to a booking or sessions page. */
  readonly scheduleLink?: string | undefined;
  /** Free text on how to attend. */
  readonly attendingType?: string | undefined;
  /** Free-text notes. */
  readonly notes?: string | undefined;
}
