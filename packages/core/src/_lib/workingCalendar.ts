import { checkArgument } from "../errors/checkArgument.ts";
import { checkDate } from "./dateSpan.ts";
import { toEpochDay, weekdayOf } from "./epochDay.ts";

/**
 * Reads a date argument as a day number, or throws `invalid_argument` (not a real `YYYY-MM-DD`)
 * or `out_of_span` (outside `DATE_SPAN`) naming the function and parameter.
 */
export function readWorkingDate(fn: string, argument: Readonly<Record<string, unknown>>): number {
  checkDate(fn, argument, "ISO date");
  return toEpochDay(String(Object.values(argument)[0])) ?? 0;
}

/** Reads a list of non-working dates (bank holidays, closures) into a set of day numbers. */
export function readHolidays(fn: string, holidays: unknown): ReadonlySet<number> {
  if (holidays === undefined) return new Set();
  checkArgument(fn, { "options.holidays": holidays }, "array");
  const days = new Set<number>();
  for (let index = 0; index < (holidays as readonly unknown[]).length; index++) {
    const holiday = (holidays as readonly unknown[])[index];
    days.add(readWorkingDate(fn, { [`options.holidays[${String(index)}]`]: holiday }));
  }
  return days;
}

/** True when a day number falls Monday to Friday. */
export function isWeekday(day: number): boolean {
  const weekday = weekdayOf(day);
  return weekday !== 0 && weekday !== 6;
}
