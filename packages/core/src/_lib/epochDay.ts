import { readIsoDate } from "./isoDate.ts";

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for a `YYYY-MM-DD` date, or `undefined` when it is not a real date. */
export function toEpochDay(text: string): number | undefined {
  const date = readIsoDate(text);
  if (!date) return undefined;
  return Date.UTC(date.year, date.month - 1, date.day) / MS_PER_DAY;
}

/** The `YYYY-MM-DD` date of a day number counted from 1970-01-01 (UTC arithmetic only). */
export function fromEpochDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Day of the week of a day number, 0 for Sunday to 6 for Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}
