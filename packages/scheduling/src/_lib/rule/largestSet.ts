import type { RRuleOptions } from "../rrule.ts";
import { DAILY, HOURLY, list, MINUTELY, MONTHLY, SECONDLY, WEEKLY, YEARLY } from "./ruleParts.ts";

/** An upper bound on the instances one period (day, week, month, year…) can hold. */
export function largestSet(
  options: Partial<RRuleOptions>,
  freq: number,
  weekdays: readonly number[] | undefined,
): number {
  const count = (value: number | readonly number[] | null | undefined, otherwise: number) =>
    list(value).length > 0 ? list(value).length : otherwise;
  const seconds = count(options.bysecond, 1);
  const minutes = count(options.byminute, 1);
  const hours = count(options.byhour, 1);
  if (freq === SECONDLY) return 1;
  if (freq === MINUTELY) return seconds;
  if (freq === HOURLY) return seconds * minutes;
  const times = seconds * minutes * hours;
  const raw = options.byweekday;
  const days = raw === null || raw === undefined ? 0 : Array.isArray(raw) ? raw.length : 1;
  const plainDays = weekdays?.length ?? 0;
  const months = count(options.bymonth, 12);
  const bounds: number[] = [];
  if (freq === DAILY) bounds.push(1);
  if (freq === WEEKLY) bounds.push(plainDays > 0 ? plainDays : 7);
  if (freq === MONTHLY) {
    bounds.push(31);
    if (list(options.bymonthday).length > 0) bounds.push(list(options.bymonthday).length);
    if (plainDays > 0 && plainDays === days) bounds.push(5 * plainDays);
  }
  if (freq === YEARLY) {
    bounds.push(366);
    if (list(options.byyearday).length > 0) bounds.push(list(options.byyearday).length);
    if (list(options.bymonthday).length > 0) bounds.push(list(options.bymonthday).length * months);
    if (list(options.byweekno).length > 0) bounds.push(7 * list(options.byweekno).length);
    if (plainDays > 0 && plainDays === days)
      bounds.push(list(options.bymonth).length > 0 ? 5 * plainDays * months : 53 * plainDays);
  }
  return Math.min(...bounds) * times;
}
