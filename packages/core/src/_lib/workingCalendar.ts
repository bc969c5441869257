import { invalidInput } from "./invalidInput.ts";
import { toEpochDay, weekdayOf } from "./epochDay.ts";

/** The earliest and latest dates the working-day helpers accept (ISO `YYYY-MM-DD`). */
export const WORKING_DAY_RANGE = { from: "1900-01-01", to: "2200-12-31" } as const;

const FIRST_DAY = toEpochDay(WORKING_DAY_RANGE.from) ?? 0;
const LAST_DAY = toEpochDay(WORKING_DAY_RANGE.to) ?? 0;

/** Reads a date argument as a day number, or throws `invalid_input` naming the parameter. */
export function readWorkingDate(field: string, text: unknown): number {
  const day = typeof text === "string" ? toEpochDay(text) : undefined;
  if (day === undefined)
    throw invalidInput(field, "invalid_format", "expected a real date as YYYY-MM-DD");
  if (day < FIRST_DAY || day > LAST_DAY) {
    throw invalidInput(
      field,
      "too_big",
      `expected a date from ${WORKING_DAY_RANGE.from} to ${WORKING_DAY_RANGE.to}`,
    );
  }
  return day;
}

/** Reads a list of non-working dates (bank holidays, closures) into a set of day numbers. */
export function readHolidays(holidays: unknown): ReadonlySet<number> {
  if (holidays === undefined) return new Set();
  if (!Array.isArray(holidays))
    throw invalidInput("holidays", "invalid_type", "expected an array of YYYY-MM-DD dates");
  const days = new Set<number>();
  holidays.forEach((holiday: unknown, index) =>
    days.add(readWorkingDate(`holidays[${String(index)}]`, holiday)),
  );
  return days;
}

/** True when a day number falls Monday to Friday. */
export function isWeekday(day: number): boolean {
  const weekday = weekdayOf(day);
  return weekday !== 0 && weekday !== 6;
}
