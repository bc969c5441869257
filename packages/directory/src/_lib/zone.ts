// Time-zone arithmetic through Intl with explicit IANA zones; never the host zone.

export interface LocalDate {
  readonly year: number;
  readonly month: number; // 1–12
  readonly day: number;
}

export interface LocalDateTime extends LocalDate {
  readonly minutes: number; // minutes since local midnight
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat("en-GB", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(zone, f);
  }
  return f;
}

/** Whether Intl knows the zone. */
export function isValidZone(zone: string): boolean {
  try {
    formatter(zone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock date and time of an instant in a zone. */
export function localDateTime(
  epochMs: number,
  zone: string,
): LocalDateTime & { readonly seconds: number } {
  const parts = formatter(zone).formatToParts(new Date(epochMs));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? "0");
  return {
    year: get("year"),
    month: get("month"),
    day: get("day"),
    minutes: get("hour") * 60 + get("minute"),
    seconds: get("second"),
  };
}

// Offsets asked for recur (every query asks about the same midnights and noons), and Intl is
// slow: remembered per zone and instant, up to a bound, then forgotten all at once.
const OFFSETS_KEPT = 8192;
const offsets = new Map<string, Map<number, number>>();

/** Offset of the zone from UTC at an instant, in minutes (BST → 60). */
export function offsetMinutes(epochMs: number, zone: string): number {
  let known = offsets.get(zone);
  if (known === undefined) {
    known = new Map();
    offsets.set(zone, known);
  }
  const remembered = known.get(epochMs);
  if (remembered !== undefined) return remembered;
  const l = localDateTime(epochMs, zone);
  const asUtc = Date.UTC(l.year, l.month - 1, l.day, 0, l.minutes, l.seconds);
  const offset = Math.round((asUtc - Math.floor(epochMs / 1000) * 1000) / 60000);
  if (known.size >= OFFSETS_KEPT) known.clear();
  known.set(epochMs, offset);
  return offset;
}

/** The instant of a wall-clock time in a zone (for a time skipped by DST, the later instant). */
export function zonedToEpoch(date: LocalDate, minutes: number, zone: string): number {
  const guess = Date.UTC(date.year, date.month - 1, date.day, 0, minutes);
  const first = guess - offsetMinutes(guess, zone) * 60000;
  const second = guess - offsetMinutes(first, zone) * 60000;
  return second;
}

/** Days since 1970-01-01 of a calendar date. */
export function dayNumber(d: LocalDate): number {
  return Math.floor(Date.UTC(d.year, d.month - 1, d.day) / 86400000);
}

export function fromDayNumber(n: number): LocalDate {
  const t = new Date(n * 86400000);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayOf(d: LocalDate): number {
  return (dayNumber(d) + 3) % 7; // 1970-01-01 was a Thursday
}

export function dateKey(d: LocalDate): string {
  return `${String(d.year).padStart(4, "0")}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
}

export function parseDateKey(key: string): LocalDate {
  return {
    year: Number(key.slice(0, 4)),
    month: Number(key.slice(5, 7)),
    day: Number(key.slice(8, 10)),
  };
}

export const WEEKDAY_CODES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
export const WEEKDAY_NAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;

export function formatMinutes(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
}
