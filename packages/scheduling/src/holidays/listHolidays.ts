import type { Result } from "@carerkit/core";
import { checkArgument, ok } from "@carerkit/core";
import type { SchedulingIssue } from "../errors.ts";
import { fail } from "../_lib/issue.ts";
import { checkCalendarShape, holidayOn } from "../_lib/guard/checkCalendarShape.ts";
import { returnIssue } from "../_lib/guard/returnIssue.ts";
import { spanIssue } from "../_lib/guard/spanIssue.ts";
import { formatLocalDate, parseLocalDate } from "../_lib/localTime.ts";
import type { Holiday, HolidayCalendar } from "./types.ts";

const DAY = 86_400_000;
/** Ten years and a bit: enough for any planning horizon, small enough to stay instant. */
const MAX_DAYS = 3_700;

/**
 * Lists the holidays of a calendar between two dates, in date order: for example the UK bank
 * holidays of a year, to show on a programme's page or to pass to `@carerkit/directory`'s
 * `matchServices` as `closedDates` (`new Set(holidays.map((h) => h.date))`). Works for any
 * calendar, including combined ones and closures, by asking it about each day.
 *
 * @param calendar - The calendar, e.g. from {@link createUkBankHolidayCalendar}.
 * @param from - First date, `YYYY-MM-DD` (included).
 * @param to - Last date, `YYYY-MM-DD` (included); at most ten years after `from`.
 * @returns The holidays, or `invalid_input` naming the bad date.
 * @example
 * const year = listHolidays(createUkBankHolidayCalendar("england-and-wales"), "2026-01-01", "2026-12-31");
 * if (year.success) year.data.map((h) => h.date);
 * //=> ["2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28"]
 */
export function listHolidays(
  calendar: HolidayCalendar,
  from: string,
  to: string,
): Result<readonly Holiday[], SchedulingIssue> {
  const bad = returnIssue(() => {
    checkCalendarShape({ fn: "listHolidays", path: "calendar" }, calendar);
    checkArgument("listHolidays", { from }, "string");
    checkArgument("listHolidays", { to }, "string");
  });
  if (bad !== undefined) return bad;
  const start = parseLocalDate(from);
  if (start === undefined)
    return fail("invalid_input", `from: expected a date YYYY-MM-DD, got "${from}"`, ["from"]);
  const end = parseLocalDate(to);
  if (end === undefined)
    return fail("invalid_input", `to: expected a date YYYY-MM-DD, got "${to}"`, ["to"]);
  const span = spanIssue(start, ["from"]) ?? spanIssue(end, ["to"]);
  if (span !== undefined) return span;
  if (end < start)
    return fail("invalid_input", `to: expected a date on or after from ${from}, got "${to}"`, [
      "to",
    ]);
  if ((end - start) / DAY > MAX_DAYS)
    return fail(
      "invalid_input",
      `to: expected at most ${MAX_DAYS} days after from ${from}, got "${to}"`,
      ["to"],
    );
  const holidays: Holiday[] = [];
  const badAnswer = returnIssue(() => {
    for (let day = start; day <= end; day += DAY) {
      const holiday = holidayOn(
        { fn: "listHolidays", path: "calendar" },
        calendar,
        formatLocalDate(day),
      );
      if (holiday !== undefined) holidays.push(holiday);
    }
  });
  return badAnswer ?? ok(holidays);
}
