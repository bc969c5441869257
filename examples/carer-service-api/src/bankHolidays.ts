import {
  createUkBankHolidayCalendar,
  listHolidays,
  type UkBankHolidayDivision,
} from "@carerkit/scheduling";

// The vendored calendar never changes while the process runs, so each division is listed once
// rather than on every request that counts working days.
const listed = new Map<UkBankHolidayDivision, readonly string[]>();

/**
 * Every bank holiday of a GOV.UK division that the scheduling package vendors (`YYYY-MM-DD`),
 * for core's working-day counts: complaint deadlines and onward-referral follow-ups alike.
 *
 * @example
 * bankHolidayDates("england-and-wales").includes("2026-04-06"); //=> true (Easter Monday)
 */
export function bankHolidayDates(division: UkBankHolidayDivision): readonly string[] {
  const known = listed.get(division);
  if (known !== undefined) return known;
  const dates = Object.freeze(listAll(division));
  listed.set(division, dates);
  return dates;
}

function listAll(division: UkBankHolidayDivision): string[] {
  const calendar = createUkBankHolidayCalendar(division);
  const { coverage } = calendar;
  if (coverage === undefined) throw new Error("the bank holiday calendar has no coverage");
  const holidays = listHolidays(calendar, coverage.from, coverage.to);
  if (!holidays.success) throw new Error(`listHolidays failed: ${holidays.error.code}`);
  return holidays.data.map((h) => h.date);
}
