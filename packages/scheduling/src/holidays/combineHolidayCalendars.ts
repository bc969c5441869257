import { checkItems } from "../_lib/guard/checkFields.ts";
import { checkCalendarShape, holidayOn } from "../_lib/guard/checkCalendarShape.ts";
import type { HolidayCalendar } from "./types.ts";

/**
 * Combines calendars into one: a date is closed when any of them says so (the first match
 * wins). Coverage is where every calendar with a coverage has data.
 *
 * @param calendars - The calendars, e.g. a nation's bank holidays and local closures.
 * @returns One calendar with id `a+b+…`.
 * @example
 * const calendar = combineHolidayCalendars([
 *   createUkBankHolidayCalendar("england-and-wales"),
 *   closures,
 * ]);
 */
export function combineHolidayCalendars(calendars: readonly HolidayCalendar[]): HolidayCalendar {
  checkItems({ fn: "combineHolidayCalendars", path: "calendars" }, calendars, (at, calendar) => {
    checkCalendarShape(at, calendar);
  });
  const list = [...calendars];
  const covered = list.flatMap((c) => (c.coverage === undefined ? [] : [c.coverage]));
  const attributions = [
    ...new Set(list.flatMap((c) => (c.attribution === undefined ? [] : [c.attribution]))),
  ];
  const coverage =
    covered.length === 0
      ? undefined
      : {
          from: covered.map((c) => c.from).reduce((a, b) => (a > b ? a : b)),
          to: covered.map((c) => c.to).reduce((a, b) => (a < b ? a : b)),
        };
  return {
    id: list.map((c) => c.id).join("+"),
    name: list.map((c) => c.name).join(" + "),
    holidayOn(date) {
      for (const [index, calendar] of list.entries()) {
        const holiday = holidayOn({ fn: "holidayOn", path: `calendars[${index}]` }, calendar, date);
        if (holiday !== undefined) return holiday;
      }
      return undefined;
    },
    ...(coverage === undefined ? {} : { coverage }),
    ...(attributions.length === 0 ? {} : { attribution: attributions.join(" ") }),
  };
}
