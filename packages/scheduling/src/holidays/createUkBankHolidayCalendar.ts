import { checkOneOf } from "../_lib/guard/checkFields.ts";
import { UK_BANK_HOLIDAYS_ATTRIBUTION, UK_BANK_HOLIDAYS_DATA } from "./ukBankHolidays.data.ts";
import type { Holiday, HolidayCalendar } from "./types.ts";

/**
 * The three divisions of the GOV.UK bank holidays feed. Wales follows `england-and-wales`.
 *
 * @example
 * UK_BANK_HOLIDAY_DIVISIONS; //=> ["england-and-wales", "scotland", "northern-ireland"]
 */
export const UK_BANK_HOLIDAY_DIVISIONS = [
  "england-and-wales",
  "scotland",
  "northern-ireland",
] as const;

/**
 * A division of the GOV.UK bank holidays feed.
 *
 * @example
 * const division: UkBankHolidayDivision = "scotland";
 */
export type UkBankHolidayDivision = (typeof UK_BANK_HOLIDAY_DIVISIONS)[number];

const NAMES: Record<UkBankHolidayDivision, string> = {
  "england-and-wales": "UK bank holidays: England and Wales",
  scotland: "UK bank holidays: Scotland",
  "northern-ireland": "UK bank holidays: Northern Ireland",
};

const cache = new Map<UkBankHolidayDivision, HolidayCalendar>();

/**
 * The built-in UK bank holiday calendar for one division, vendored from the GOV.UK feed
 * (2019–2027, including one-off days such as the 2023 Coronation). Its `coverage` says which
 * dates the data covers, and its `attribution` carries the Open Government Licence notice.
 *
 * @param division - `england-and-wales` (also Wales), `scotland` or `northern-ireland`.
 * @returns A {@link HolidayCalendar} with id `uk-<division>`.
 * @example
 * const scotland = createUkBankHolidayCalendar("scotland");
 * scotland.holidayOn("2025-01-02")?.title; //=> "2nd January"
 * createUkBankHolidayCalendar("england-and-wales").holidayOn("2025-01-02"); //=> undefined
 */
export function createUkBankHolidayCalendar(division: UkBankHolidayDivision): HolidayCalendar {
  checkOneOf(
    { fn: "createUkBankHolidayCalendar", path: "division" },
    division,
    UK_BANK_HOLIDAY_DIVISIONS,
  );
  const cached = cache.get(division);
  if (cached !== undefined) return cached;
  const id = `uk-${division}`;
  const byDate = new Map<string, Holiday>();
  for (const entry of UK_BANK_HOLIDAYS_DATA[division]) {
    const [date = "", title = "", flag] = entry.split("|");
    byDate.set(
      date,
      flag === "s"
        ? { date, title, calendar: id, substitute: true }
        : { date, title, calendar: id },
    );
  }
  const dates = [...byDate.keys()].sort();
  const calendar: HolidayCalendar = {
    id,
    name: NAMES[division],
    holidayOn: (date) => byDate.get(date),
    coverage: {
      from: `${(dates[0] ?? "2019").slice(0, 4)}-01-01`,
      to: `${(dates.at(-1) ?? "2027").slice(0, 4)}-12-31`,
    },
    attribution: UK_BANK_HOLIDAYS_ATTRIBUTION,
  };
  cache.set(division, calendar);
  return calendar;
}
