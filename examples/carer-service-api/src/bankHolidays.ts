import {
  createUkBankHolidayCalendar,
  listHolidays,
  type UkBankHolidayDivision,
} from "@carerkit/scheduling";

/**
 * Every bank holiday of a GOV.UK division that the scheduling package vendors (`YYYY-MM-DD`),
 * for core's working-day counts: complaint deadlines and onward-referral follow-ups alike.
 *
 * @example
 * bankHolidayDates("england-and-wales").includes("2026-04-06"); //=> true (Easter Monday)
 */
export function bankHolidayDates(division: UkBankHolidayDivision): string[] {
  const calendar = createUkBankHolidayCalendar(division);
  const { coverage } = calendar;
  if (coverage === undefined) throw new Error("the bank holiday calendar has no coverage");
  const listed = listHolidays(calendar, coverage.from, coverage.to);
  if (!listed.success) throw new Error(`listHolidays failed: ${listed.error.code}`);
  return listed.data.map((h) => h.date);
}
