// Evaluates HSDS schedules (an RRULE subset: WEEKLY/MONTHLY, INTERVAL, BYDAY with ordinals,
// BYMONTHDAY, BYWEEKNO, BYYEARDAY, UNTIL, COUNT, valid_from/valid_to) day by day.
import type { OfferSchedule } from "../offer/schedule.ts";
import {
  dayNumber,
  fromDayNumber,
  parseDateKey,
  weekdayOf,
  WEEKDAY_CODES,
  type LocalDate,
} from "./zone.ts";

export interface CompiledSchedule {
  readonly source: OfferSchedule;
  readonly freq: "WEEKLY" | "MONTHLY" | "ONCE" | "NONE";
  readonly interval: number;
  /** Plain weekdays (0 = Monday) and ordinal weekdays ([ordinal, weekday]). */
  readonly weekdays: readonly number[];
  readonly ordinalWeekdays: readonly (readonly [number, number])[];
  readonly monthDays: readonly number[];
  readonly weekNumbers: readonly number[];
  readonly yearDays: readonly number[];
  readonly start?: number | undefined; // day numbers
  readonly until?: number | undefined;
  readonly validFrom?: number | undefined;
  readonly validTo?: number | undefined;
  readonly count?: number | undefined;
  /** Minutes after local midnight in the schedule's frame; undefined when not published. */
  readonly opens?: number | undefined;
  readonly closes?: number | undefined;
  /** Fixed UTC offset in minutes when the times carry one (or `timezone` is set); else local. */
  readonly fixedOffset?: number | undefined;
}

function list(value: string | undefined): string[] {
  return value === undefined
    ? []
    : value
        .split(",")
        .map((s) => s.trim())
        .filter((s) => s !== "");
}

function parseTime(value: string | undefined): { minutes: number; offset?: number } | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i.exec(value);
  if (m === null) return undefined;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  const zone = m[3];
  if (zone === undefined) return { minutes };
  if (zone.toUpperCase() === "Z") return { minutes, offset: 0 };
  const sign = zone.startsWith("-") ? -1 : 1;
  const digits = zone.slice(1).replace(":", "");
  return {
    minutes,
    offset: sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || "0")),
  };
}

export function compileSchedule(s: OfferSchedule): CompiledSchedule {
  const weekdays: number[] = [];
  const ordinal: [number, number][] = [];
  for (const token of list(s.byday)) {
    const m = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(token.toUpperCase());
    if (m === null) continue;
    const wd = WEEKDAY_CODES.indexOf(m[2] as (typeof WEEKDAY_CODES)[number]);
    if (m[1] === undefined) weekdays.push(wd);
    else ordinal.push([Number(m[1]), wd]);
  }
  const opens = parseTime(s.opensAt);
  const closes = parseTime(s.closesAt);
  const explicitOffset = opens?.offset ?? closes?.offset;
  const fixedOffset =
    explicitOffset ?? (s.timezone === undefined ? undefined : Math.round(s.timezone * 60));
  const day = (key: string | undefined): number | undefined =>
    key === undefined ? undefined : dayNumber(parseDateKey(key));
  let freq: CompiledSchedule["freq"] = s.freq ?? "NONE";
  if (s.freq === undefined) {
    if (weekdays.length > 0 || ordinal.length > 0) freq = ordinal.length > 0 ? "MONTHLY" : "WEEKLY";
    else if (s.dtstart !== undefined) freq = "ONCE";
  }
  const start = day(s.dtstart);
  // RRULE: a WEEKLY rule without BYDAY recurs on DTSTART's weekday.
  if (freq === "WEEKLY" && weekdays.length === 0 && ordinal.length === 0 && start !== undefined) {
    weekdays.push(weekdayOf(fromDayNumber(start)));
  }
  return {
    source: s,
    freq,
    interval: s.interval ?? 1,
    weekdays,
    ordinalWeekdays: ordinal,
    monthDays: list(s.bymonthday)
      .map(Number)
      .filter((n) => Number.isInteger(n) && n !== 0),
    weekNumbers: list(s.byweekno)
      .map(Number)
      .filter((n) => Number.isInteger(n) && n !== 0),
    yearDays: list(s.byyearday)
      .map(Number)
      .filter((n) => Number.isInteger(n) && n !== 0),
    start,
    until: day(s.until),
    validFrom: day(s.validFrom),
    validTo: day(s.validTo),
    count: s.count,
    opens: opens?.minutes,
    closes: closes?.minutes,
    fixedOffset,
  };
}

/** Whether the schedule can say anything about days at all. */
export function isEvaluable(c: CompiledSchedule): boolean {
  return c.freq !== "NONE" && (c.freq !== "WEEKLY" || c.weekdays.length > 0);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoWeek(d: LocalDate): number {
  const n = dayNumber(d);
  const thursday = n - weekdayOf(d) + 3;
  const t = fromDayNumber(thursday);
  const jan1 = dayNumber({ year: t.year, month: 1, day: 1 });
  return Math.floor((thursday - jan1) / 7) + 1;
}

/** Whether the rule (ignoring COUNT and validity) produces this date. */
function matchesRule(c: CompiledSchedule, d: LocalDate, n: number): boolean {
  const wd = (n + 3) % 7; // 1970-01-01 was a Thursday
  if (c.freq === "ONCE") return c.start === n;
  if (c.start !== undefined && n < c.start) return false;
  if (c.until !== undefined && n > c.until) return false;
  if (c.monthDays.length > 0) {
    const dim = daysInMonth(d.year, d.month);
    if (!c.monthDays.some((md) => (md > 0 ? md === d.day : dim + md + 1 === d.day))) return false;
  }
  if (c.yearDays.length > 0) {
    const doy = n - dayNumber({ year: d.year, month: 1, day: 1 }) + 1;
    const diy =
      dayNumber({ year: d.year + 1, month: 1, day: 1 }) -
      dayNumber({ year: d.year, month: 1, day: 1 });
    if (!c.yearDays.some((yd) => (yd > 0 ? yd === doy : diy + yd + 1 === doy))) return false;
  }
  if (c.weekNumbers.length > 0 && !c.weekNumbers.includes(isoWeek(d))) return false;
  if (c.freq === "WEEKLY") {
    if (c.weekdays.length > 0 && !c.weekdays.includes(wd)) return false;
    if (c.interval > 1 && c.start !== undefined) {
      const startWeek = c.start - weekdayOf(fromDayNumber(c.start));
      const thisWeek = n - wd;
      if (((thisWeek - startWeek) / 7) % c.interval !== 0) return false;
    }
    return true;
  }
  // MONTHLY
  if (c.interval > 1 && c.start !== undefined) {
    const s = fromDayNumber(c.start);
    const months = (d.year - s.year) * 12 + (d.month - s.month);
    if (months % c.interval !== 0) return false;
  }
  if (c.weekdays.length === 0 && c.ordinalWeekdays.length === 0) {
    if (c.monthDays.length > 0) return true;
    return c.start !== undefined && fromDayNumber(c.start).day === d.day;
  }
  if (c.weekdays.includes(wd)) return true;
  const nth = Math.floor((d.day - 1) / 7) + 1;
  const nthFromEnd = -(Math.floor((daysInMonth(d.year, d.month) - d.day) / 7) + 1);
  return c.ordinalWeekdays.some(([ord, w]) => w === wd && (ord === nth || ord === nthFromEnd));
}

/** Whether the schedule has an occurrence on this local date. */
export function occursOn(c: CompiledSchedule, d: LocalDate, n: number = dayNumber(d)): boolean {
  const wd = (n + 3) % 7;
  if (!isEvaluable(c)) return false;
  if (c.validFrom !== undefined && n < c.validFrom) return false;
  if (c.validTo !== undefined && n > c.validTo) return false;
  // Quick rejection for plain weekly rules, the common case.
  if (c.freq === "WEEKLY" && c.weekdays.length > 0 && !c.weekdays.includes(wd)) return false;
  if (!matchesRule(c, d, n)) return false;
  if (c.count !== undefined && c.start !== undefined) {
    let seen = 0;
    for (let k = c.start; k < n; k++) {
      if (matchesRule(c, fromDayNumber(k), k)) seen++;
      if (seen >= c.count) return false;
    }
  }
  return true;
}

/** The opening window in minutes from local midnight; closes may exceed 1440 (overnight). */
export function windowOf(
  c: CompiledSchedule,
): { readonly opens: number; readonly closes: number } | undefined {
  if (c.opens === undefined || c.closes === undefined) return undefined;
  let closes = c.closes;
  if (closes === 1439) closes = 1440; // HSDS: 24 hours is written 00:00–23:59
  if (closes <= c.opens) closes += 1440;
  return { opens: c.opens, closes };
}
