/**
 * A day on which sessions do not run: a bank holiday or a local closure.
 *
 * @example
 * const h: Holiday = { date: "2025-04-18", title: "Good Friday", calendar: "uk-england-and-wales" };
 */
export interface Holiday {
  /** Local date, `YYYY-MM-DD`. */
  readonly date: string;
  /** What the day is, e.g. `Good Friday` or `Hospice closed for staff training`. */
  readonly title: string;
  /** The id of the calendar that holds it. */
  readonly calendar: string;
  /** True when the day is a substitute for a holiday that fell on a weekend. */
  readonly substitute?: boolean | undefined;
}

/**
 * Anything that can say whether a local date is a holiday or closure. Implement it to plug in
 * another country's holidays or an organisation's own closures.
 *
 * @example
 * const noFridays: HolidayCalendar = {
 *   id: "no-fridays",
 *   name: "Closed on Fridays",
 *   holidayOn: (date) =>
 *     new Date(`${date}T00:00:00Z`).getUTCDay() === 5
 *       ? { date, title: "Closed on Fridays", calendar: "no-fridays" }
 *       : undefined,
 * };
 */
export interface HolidayCalendar {
  /** Stable id, e.g. `uk-scotland`. */
  readonly id: string;
  /** Human name, e.g. `UK bank holidays: Scotland`. */
  readonly name: string;
  /** The holiday or closure on a local date (`YYYY-MM-DD`), or `undefined` when open. */
  holidayOn(date: string): Holiday | undefined;
  /**
   * The dates the calendar's data covers, inclusive. Outside it the calendar cannot say, and
   * planning adds a `holiday_data_missing` warning. Omitted when the calendar is complete.
   */
  readonly coverage?: { readonly from: string; readonly to: string } | undefined;
  /** Attribution that must accompany the data, if its licence requires one. */
  readonly attribution?: string | undefined;
}
