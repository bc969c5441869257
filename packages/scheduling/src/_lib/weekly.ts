// Simple weekly rules (FREQ=WEEKLY with at most INTERVAL, plain BYDAY and WKST) expanded directly
// in the zone's local calendar: floating ms hold wall-clock fields, so the same wall time a week
// later is exactly 7 days of ms later, whatever the zone does. This is the RFC 5545 / dateutil
// algorithm rrule.js runs, without its generic per-period machinery; weekly.test.ts checks it
// against rrule.js on random rules.
import type { RRuleOptions } from "./rrule.ts";
import { mod, plainWeekdays, WEEKLY } from "./rule/ruleParts.ts";

const DAY = 86_400_000;
/** rrule.js (like dateutil) stops after year 9999. */
const END_OF_9999 = Date.UTC(10_000, 0, 1);
/** Parts a simple weekly rule may set; any other BYxxx part takes the generic path. */
const SIMPLE_PARTS = new Set(["freq", "interval", "byweekday", "wkst", "count", "until", "tzid"]);

/** A weekly rule reduced to its weeks: which days of each INTERVAL-th week, at one time of day. */
export interface WeeklyPattern {
  readonly interval: number;
  /** Day offsets from the week's first day (WKST), ascending, without repeats. */
  readonly offsets: readonly number[];
  /** Day number (days since 1970-01-01) of the first day of the week holding DTSTART. */
  readonly firstWeek: number;
  /** DTSTART as floating ms, and its time of day in ms. */
  readonly startFloating: number;
  readonly timeOfDay: number;
}

const isUnset = (value: unknown): boolean =>
  value === null || value === undefined || (Array.isArray(value) && value.length === 0);

/** rrule.js weekday (0 = Monday) of a day number; 1970-01-01 was a Thursday. */
export const weekdayOf = (day: number): number => mod(day + 3, 7);

/**
 * The weekly pattern of a parsed rule, or `undefined` when the rule needs the generic path
 * (another frequency, BYSETPOS, BYMONTH, BYHOUR, nth weekdays such as 1MO, …).
 */
export function weeklyPattern(
  options: Partial<RRuleOptions>,
  startFloating: number,
): WeeklyPattern | undefined {
  const freq: number | undefined = options.freq;
  if (freq !== WEEKLY) return undefined;
  for (const [key, value] of Object.entries(options))
    if (!SIMPLE_PARTS.has(key) && !isUnset(value)) return undefined;
  const startDay = Math.floor(startFloating / DAY);
  const weekdays = isUnset(options.byweekday) ? [weekdayOf(startDay)] : plainWeekdays(options);
  if (weekdays === undefined) return undefined;
  const rawWkst: unknown = options.wkst;
  const wkst =
    typeof rawWkst === "number"
      ? rawWkst
      : typeof rawWkst === "object" && rawWkst !== null && "weekday" in rawWkst
        ? Number(rawWkst.weekday)
        : 0;
  const offsets = [...new Set(weekdays.map((weekday) => mod(weekday - wkst, 7)))].sort(
    (a, b) => a - b,
  );
  return {
    interval: options.interval ?? 1,
    offsets,
    firstWeek: startDay - mod(weekdayOf(startDay) - wkst, 7),
    startFloating,
    timeOfDay: startFloating - startDay * DAY,
  };
}

/**
 * Calls `visit` with each occurrence (floating ms) in order, from the first week that can hold
 * one at or after `fromFloating` (so a window far from DTSTART costs only its own weeks), until
 * `visit` returns `false` or year 9999 ends. Occurrences before DTSTART are never produced.
 */
export function forEachWeekly(
  pattern: WeeklyPattern,
  fromFloating: number,
  visit: (floating: number) => boolean,
): void {
  const { interval, offsets, firstWeek, startFloating, timeOfDay } = pattern;
  const period = 7 * interval;
  const fromDay = Math.floor(fromFloating / DAY);
  let week =
    Number.isFinite(fromDay) && fromDay - 6 > firstWeek
      ? firstWeek + Math.ceil((fromDay - 6 - firstWeek) / period) * period
      : firstWeek;
  for (;;) {
    for (const offset of offsets) {
      const floating = (week + offset) * DAY + timeOfDay;
      if (floating >= END_OF_9999) return;
      if (floating >= startFloating && !visit(floating)) return;
    }
    week += period;
  }
}
