/**
 * How pathway times are read: the zone whose calendar decides which day an instant falls on,
 * and the non-working weekdays for working-day standards.
 *
 * @example
 * const options: PathwayClockOptions = {
 *   asOf: "2026-12-18T17:00:00Z", timeZone: "Europe/London", holidays: ["2026-12-25", "2026-12-28"],
 * };
 */
export interface PathwayClockOptions {
  /** The instant of the report ("now"), ISO 8601 with `Z` or an offset; open stays end here. */
  readonly asOf: string;
  /** IANA zone for calendar dates (default `"Europe/London"`). */
  readonly timeZone?: string | undefined;
  /**
   * Bank holidays and closures, `YYYY-MM-DD`, e.g. from `@carerkit/scheduling`'s `listHolidays`
   * (default none: weekends only).
   */
  readonly holidays?: readonly string[] | undefined;
}

/** The zone used when {@link PathwayClockOptions.timeZone} is not given. */
export const DEFAULT_PATHWAY_TIME_ZONE = "Europe/London";
