import { checkFields } from "../_lib/checkFields.ts";
import { invalidInput } from "../_lib/invalidInput.ts";
import { isWeekday, readHolidays, readWorkingDate } from "../_lib/workingCalendar.ts";
import type { WorkingDayOptions } from "./WorkingDayOptions.ts";

/**
 * How many working days pass from one date to a later one: the working days after `from` up to
 * and including `to`, so `countWorkingDays(d, addWorkingDays(d, n)) === n`. Use it to measure a
 * service standard ("contacted within 5 working days": breached when the count exceeds 5).
 * Weekends never count; bank holidays and closures are passed in.
 *
 * @param from - The earlier date, `YYYY-MM-DD` (1900-01-01 to 2200-12-31); not itself counted.
 * @param to - The later date, `YYYY-MM-DD`, on or after `from`.
 * @param options - The non-working weekdays (bank holidays, closures).
 * @returns The number of working days, 0 when `to` is `from` or no working day lies between.
 * @throws {@link CarerKitError} `invalid_argument` naming `from`, `to`, `options` or
 * `options.holidays[i]` when one has the wrong shape, `out_of_span` when a date is outside
 * 1900–2200, and `invalid_input` when `to` is before `from`.
 * @example
 * countWorkingDays("2026-03-06", "2026-03-13"); //=> 5
 * countWorkingDays("2026-04-02", "2026-04-07", { holidays: ["2026-04-03", "2026-04-06"] }); //=> 1
 */
export function countWorkingDays(from: string, to: string, options?: WorkingDayOptions): number {
  const first = readWorkingDate("countWorkingDays", { from });
  const last = readWorkingDate("countWorkingDays", { to });
  if (options !== undefined)
    checkFields(
      "countWorkingDays",
      { options },
      {
        holidays: "array?",
      },
    );
  if (last < first) throw invalidInput("to", "too_small", "expected a date on or after from");
  const holidays = readHolidays("countWorkingDays", options?.holidays);
  const weeks = Math.floor((last - first) / 7);
  let count = weeks * 5;
  for (let day = first + weeks * 7 + 1; day <= last; day += 1) {
    if (isWeekday(day)) count += 1;
  }
  for (const holiday of holidays) {
    if (holiday > first && holiday <= last && isWeekday(holiday)) count -= 1;
  }
  return count;
}
