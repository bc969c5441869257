/**
 * Options for the working-day helpers {@link addWorkingDays} and {@link countWorkingDays}.
 *
 * @example
 * const options: WorkingDayOptions = { holidays: ["2026-04-03", "2026-04-06"] };
 */
export interface WorkingDayOptions {
  /**
   * Dates that are not working days although they fall Monday to Friday, as `YYYY-MM-DD`: bank
   * holidays (for example from `@carerkit/scheduling`'s `listHolidays`) and local closures.
   * Saturdays and Sundays are never working days. Default: none.
   */
  readonly holidays?: readonly string[] | undefined;
}
