import { checkFields } from "../_lib/checkFields.ts";
import { invalidInput } from "../_lib/invalidInput.ts";
import { checkArgument } from "../errors/checkArgument.ts";
import { fromEpochDay } from "../_lib/epochDay.ts";
import { isWeekday, readHolidays, readWorkingDate } from "../_lib/workingCalendar.ts";
import type { WorkingDayOptions } from "./WorkingDayOptions.ts";

/** The most working days {@link addWorkingDays} will count forward (about forty years). */
const MAX_WORKING_DAYS = 10_000;

/**
 * The date a number of working days after a start date: a deadline such as "acknowledge a
 * complaint within 3 working days" or "contact a referred carer within 5 working days". The start
 * date itself is not counted, so a complaint received on Friday 3 April 2026 (Good Friday) has 3
 * working days to Thursday 9 April when Easter Monday is a holiday. Weekends never count; bank
 * holidays and closures are passed in, so the result depends on its arguments alone.
 *
 * @param start - The day the clock starts, `YYYY-MM-DD` (1900-01-01 to 2200-12-31).
 * @param workingDays - How many working days to count forward, a whole number 0–10,000.
 * @param options - The non-working weekdays (bank holidays, closures).
 * @returns The date of the last counted working day, `YYYY-MM-DD`; `start` itself when
 * `workingDays` is 0.
 * @throws {@link CarerKitError} `invalid_argument` naming `start`, `workingDays`, `options` or
 * `options.holidays[i]` when one has the wrong shape, `out_of_span` when a date is outside
 * 1900–2200, and `invalid_input` when `workingDays` is over 10,000.
 * @example
 * addWorkingDays("2026-04-03", 3, { holidays: ["2026-04-03", "2026-04-06"] }); //=> "2026-04-09"
 * addWorkingDays("2026-03-06", 5); //=> "2026-03-13"
 */
export function addWorkingDays(
  start: string,
  workingDays: number,
  options?: WorkingDayOptions,
): string {
  let day = readWorkingDate("addWorkingDays", { start });
  checkArgument("addWorkingDays", { workingDays }, "count");
  if (options !== undefined)
    checkFields(
      "addWorkingDays",
      { options },
      {
        holidays: "array?",
      },
    );
  if (workingDays > MAX_WORKING_DAYS) {
    throw invalidInput(
      "workingDays",
      "too_big",
      `expected a whole number from 0 to ${String(MAX_WORKING_DAYS)}`,
    );
  }
  const holidays = readHolidays("addWorkingDays", options?.holidays);
  for (let counted = 0; counted < workingDays;) {
    day += 1;
    if (isWeekday(day) && !holidays.has(day)) counted += 1;
  }
  return fromEpochDay(day);
}
