// Static checks that stop rrule.js 2.8.1 from looping forever (or for seconds) on rules that can
// never produce an occurrence: unreachable BYHOUR/BYMINUTE/BYSECOND/BYDAY for a given INTERVAL
// (jkbrzt/rrule#468, PR #622), non-integer or zero INTERVAL (#481, #568) and impossible dates
// such as 30 February, which rrule.js otherwise scans for until year 9999.
import { RRule, type RRuleOptions } from "./rrule.ts";

const YEARLY = 0;
const MONTHLY = 1;
const WEEKLY = 2;
const DAILY = 3;
const HOURLY = 4;
const MINUTELY = 5;
const SECONDLY = 6;
const WEEK_SECONDS = 604_800;

const gcd = (a: number, b: number): number => (b === 0 ? Math.abs(a) : gcd(b, a % b));
const mod = (a: number, n: number): number => ((a % n) + n) % n;

const list = (value: number | readonly number[] | null | undefined): readonly number[] =>
  value === null || value === undefined ? [] : typeof value === "number" ? [value] : value;

/** Plain weekdays (0 = Monday) of BYDAY, ignoring nth forms such as 1FR. */
function plainWeekdays(options: Partial<RRuleOptions>): readonly number[] | undefined {
  const raw = options.byweekday;
  if (raw === null || raw === undefined) return undefined;
  const items = Array.isArray(raw) ? raw : [raw];
  const days: number[] = [];
  for (const item of items) {
    if (typeof item === "number") days.push(item);
    else if (typeof item === "string") return undefined;
    else if (item.n === undefined || item.n === 0) days.push(item.weekday);
    else return undefined;
  }
  return days;
}

interface Range {
  readonly part: string;
  readonly values: readonly number[];
  readonly ok: (n: number) => boolean;
  readonly expected: string;
}

/** Returns a message when the rule is invalid, unreachable, or `undefined` when it is fine. */
export function checkRule(
  options: Partial<RRuleOptions>,
  dtstartFloating: number,
): { readonly code: "invalid_rule" | "unreachable_rule"; readonly message: string } | undefined {
  const interval = options.interval ?? 1;
  if (!Number.isInteger(interval) || interval < 1)
    return { code: "invalid_rule", message: `INTERVAL: expected an integer ≥ 1, got ${interval}` };
  if (options.count !== null && options.count !== undefined) {
    if (!Number.isInteger(options.count) || options.count < 1)
      return {
        code: "invalid_rule",
        message: `COUNT: expected an integer ≥ 1, got ${options.count}`,
      };
  }
  const nonZero = (lo: number, hi: number) => (n: number) =>
    Number.isInteger(n) && n !== 0 && Math.abs(n) >= lo && Math.abs(n) <= hi;
  const within = (lo: number, hi: number) => (n: number) =>
    Number.isInteger(n) && n >= lo && n <= hi;
  const ranges: Range[] = [
    { part: "BYHOUR", values: list(options.byhour), ok: within(0, 23), expected: "0–23" },
    { part: "BYMINUTE", values: list(options.byminute), ok: within(0, 59), expected: "0–59" },
    { part: "BYSECOND", values: list(options.bysecond), ok: within(0, 59), expected: "0–59" },
    { part: "BYMONTH", values: list(options.bymonth), ok: within(1, 12), expected: "1–12" },
    {
      part: "BYMONTHDAY",
      values: list(options.bymonthday),
      ok: nonZero(1, 31),
      expected: "±1–31",
    },
    {
      part: "BYYEARDAY",
      values: list(options.byyearday),
      ok: nonZero(1, 366),
      expected: "±1–366",
    },
    { part: "BYWEEKNO", values: list(options.byweekno), ok: nonZero(1, 53), expected: "±1–53" },
    { part: "BYSETPOS", values: list(options.bysetpos), ok: nonZero(1, 366), expected: "±1–366" },
  ];
  for (const range of ranges) {
    const bad = range.values.find((n) => !range.ok(n));
    if (bad !== undefined)
      return {
        code: "invalid_rule",
        message: `${range.part}: expected ${range.expected}, got ${bad}`,
      };
  }

  const freq: number = options.freq ?? YEARLY;
  const start = new Date(dtstartFloating);
  const weekdays = plainWeekdays(options);
  const months = list(options.bymonth);

  // Month reachability for MONTHLY with an INTERVAL that is not coprime with 12.
  if (freq === MONTHLY && months.length > 0) {
    const g = gcd(interval, 12);
    const m0 = start.getUTCMonth() + 1;
    if (!months.some((m) => mod(m - m0, g) === 0))
      return unreachable(`BYMONTH=${months.join(",")} is never reached with INTERVAL=${interval}`);
  }
  // Weekday reachability for DAILY.
  if (freq === DAILY && weekdays !== undefined && weekdays.length > 0) {
    const g = gcd(interval, 7);
    const w0 = mod(start.getUTCDay() - 1, 7);
    if (!weekdays.some((w) => mod(w - w0, g) === 0))
      return unreachable(`BYDAY is never reached with FREQ=DAILY;INTERVAL=${interval}`);
  }
  // Time-of-week reachability for sub-daily frequencies.
  if (freq === HOURLY || freq === MINUTELY || freq === SECONDLY) {
    const unit = freq === HOURLY ? 3600 : freq === MINUTELY ? 60 : 1;
    const step = interval * unit;
    const hours = list(options.byhour);
    const minutes = freq === HOURLY ? [] : list(options.byminute);
    const seconds = freq === SECONDLY ? list(options.bysecond) : [];
    const startSecond =
      mod(start.getUTCDay() - 1, 7) * 86_400 +
      start.getUTCHours() * 3600 +
      start.getUTCMinutes() * 60 +
      start.getUTCSeconds();
    const states = WEEK_SECONDS / gcd(step, WEEK_SECONDS);
    let reachable = false;
    for (let i = 0; i < states && !reachable; i++) {
      const at = (startSecond + i * step) % WEEK_SECONDS;
      const weekday = Math.floor(at / 86_400);
      const hour = Math.floor((at % 86_400) / 3600);
      const minute = Math.floor((at % 3600) / 60);
      const second = at % 60;
      reachable =
        (weekdays === undefined || weekdays.length === 0 || weekdays.includes(weekday)) &&
        (hours.length === 0 || hours.includes(hour)) &&
        (minutes.length === 0 || minutes.includes(minute)) &&
        (seconds.length === 0 || seconds.includes(second));
    }
    if (!reachable)
      return unreachable(
        `BYDAY/BYHOUR/BYMINUTE/BYSECOND are never reached with INTERVAL=${interval} from the start time`,
      );
  }
  // BYSETPOS beyond the largest possible set in one period never matches: rrule.js would scan
  // period by period until year 9999 (21 s for FREQ=DAILY;BYSETPOS=2).
  const setpos = list(options.bysetpos);
  if (setpos.length > 0) {
    const bound = largestSet(options, freq, weekdays);
    if (setpos.every((n) => Math.abs(n) > bound))
      return unreachable(
        `BYSETPOS=${setpos.join(",")} exceeds the ${bound} instance(s) a period can hold`,
      );
  }
  // Impossible calendar dates (30 February, day 366 with week 1…): probe yearly, which scans
  // each year once, instead of letting rrule.js scan day by day until year 9999.
  const needsProbe =
    list(options.bymonthday).length > 0 ||
    list(options.byyearday).length > 0 ||
    list(options.byweekno).length > 0;
  if (needsProbe) {
    const probe = { found: false };
    new RRule(
      {
        freq: RRule.YEARLY,
        dtstart: new Date(Date.UTC(start.getUTCFullYear(), 0, 1)),
        bymonth: options.bymonth ?? null,
        bymonthday: options.bymonthday ?? null,
        byyearday: options.byyearday ?? null,
        byweekno: options.byweekno ?? null,
      },
      true,
    ).all(() => {
      probe.found = true;
      return false;
    });
    if (!probe.found) return unreachable("BYMONTH/BYMONTHDAY/BYYEARDAY/BYWEEKNO name no real date");
  }
  return undefined;
}

/** An upper bound on the instances one period (day, week, month, year…) can hold. */
function largestSet(
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

function unreachable(message: string): { code: "unreachable_rule"; message: string } {
  return { code: "unreachable_rule", message: `rrule: ${message}, so it would never end` };
}
