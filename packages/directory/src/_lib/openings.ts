// Concrete opening windows (epoch ms) of compiled schedules over a run of local days.
import { occursOn, windowOf, type CompiledSchedule } from "./schedule.ts";
import {
  dateKey,
  dayNumber,
  fromDayNumber,
  localDateTime,
  offsetMinutes,
  weekdayOf,
  zonedToEpoch,
  type LocalDate,
} from "./zone.ts";

export interface DayFrame {
  readonly date: LocalDate;
  readonly key: string;
  readonly weekday: number;
  /** Days since 1970-01-01. */
  readonly n: number;
  /** UTC midnight of the calendar date, ms. */
  readonly utcMidnight: number;
  /** Zone offset (minutes) valid all day, or undefined on a DST change day. */
  readonly offset: number | undefined;
}

export interface Window {
  readonly start: number;
  readonly end: number;
  readonly scheduleId: string;
}

/** Local days from the day before `fromMs` (for overnight windows) for `days` days. */
export function dayFrames(fromMs: number, days: number, zone: string): DayFrame[] {
  const here = localDateTime(fromMs, zone);
  const first = dayNumber(here) - 1;
  const frames: DayFrame[] = [];
  for (let n = first; n <= first + days; n++) {
    const date = fromDayNumber(n);
    const utcMidnight = n * 86400000;
    const atNoon = offsetMinutes(utcMidnight + 12 * 3600000, zone);
    const atStart = offsetMinutes(utcMidnight - atNoon * 60000, zone);
    const atEnd = offsetMinutes(utcMidnight + 86400000 - atNoon * 60000, zone);
    frames.push({
      date,
      key: dateKey(date),
      weekday: weekdayOf(date),
      n,
      utcMidnight,
      offset: atStart === atNoon && atEnd === atNoon ? atNoon : undefined,
    });
  }
  return frames;
}

function toEpoch(
  frame: DayFrame,
  minutes: number,
  frameOf: { readonly zone: string; readonly fixedOffset: number | undefined },
): number {
  const { zone, fixedOffset } = frameOf;
  if (fixedOffset !== undefined) return frame.utcMidnight + (minutes - fixedOffset) * 60000;
  if (frame.offset !== undefined) return frame.utcMidnight + (minutes - frame.offset) * 60000;
  return zonedToEpoch(frame.date, minutes, zone);
}

export interface WindowScan {
  readonly windows: Window[];
  /** Some occurrence had no published times. */
  readonly timesUnknown: boolean;
}

export function windowsIn(
  schedules: readonly CompiledSchedule[],
  frames: readonly DayFrame[],
  options: { readonly zone: string; readonly closedDates: ReadonlySet<string> | undefined },
): WindowScan {
  const { zone, closedDates } = options;
  const windows: Window[] = [];
  let timesUnknown = false;
  for (const c of schedules) {
    for (const frame of frames) {
      if (closedDates?.has(frame.key) === true) continue;
      if (!occursOn(c, frame.date, frame.n)) continue;
      const w = windowOf(c);
      if (w === undefined) {
        timesUnknown = true;
        continue;
      }
      windows.push({
        start: toEpoch(frame, w.opens, { zone: zone, fixedOffset: c.fixedOffset }),
        end: toEpoch(frame, w.closes, { zone: zone, fixedOffset: c.fixedOffset }),
        scheduleId: c.source.id,
      });
    }
  }
  windows.sort(
    (a, b) =>
      a.start - b.start ||
      a.end - b.end ||
      (a.scheduleId < b.scheduleId ? -1 : a.scheduleId > b.scheduleId ? 1 : 0),
  );
  return { windows, timesUnknown };
}
