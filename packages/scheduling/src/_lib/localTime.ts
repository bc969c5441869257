// Local (zone-less) dates and times as strings, and floating ms: wall-clock fields held in a
// Date's UTC fields. Only UTC getters are used, so the host zone never leaks in.

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^(\d{2}):(\d{2})(?::(\d{2}))?$/;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/** Parses `YYYY-MM-DD` into floating ms at midnight, or `undefined` when it is not a real date. */
export function parseLocalDate(date: string): number | undefined {
  const m = DATE_RE.exec(date);
  if (m === null) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d)
    return undefined;
  return ms;
}

/** Parses `HH:MM` or `HH:MM:SS` into ms after midnight, or `undefined`. */
export function parseLocalTime(time: string): number | undefined {
  const m = TIME_RE.exec(time);
  if (m === null) return undefined;
  const [h, mi, s] = [Number(m[1]), Number(m[2]), Number(m[3] ?? "0")];
  if (h > 23 || mi > 59 || s > 59) return undefined;
  return ((h * 60 + mi) * 60 + s) * 1000;
}

const DAY_MS = 86_400_000;
const TWO_DIGITS = Array.from({ length: 60 }, (_, n) => String(n).padStart(2, "0"));
const dateCache = new Map<number, string>();

/** `YYYY-MM-DD` of floating ms (memoised per day: planning formats the same days often). */
export function formatLocalDate(floatingMs: number): string {
  const day = Math.floor(floatingMs / DAY_MS);
  const cached = dateCache.get(day);
  if (cached !== undefined) return cached;
  const text = new Date(day * DAY_MS).toISOString().slice(0, 10);
  if (dateCache.size > 50_000) dateCache.clear();
  dateCache.set(day, text);
  return text;
}

/** `HH:MM:SS` of the time of day of floating ms, without allocating a Date. */
function timeOfDay(floatingMs: number): { hh: string; mm: string; ss: string; seconds: number } {
  const ms = floatingMs - Math.floor(floatingMs / DAY_MS) * DAY_MS;
  const total = Math.floor(ms / 1000);
  const seconds = total % 60;
  return {
    hh: TWO_DIGITS[Math.floor(total / 3600)] ?? "00",
    mm: TWO_DIGITS[Math.floor(total / 60) % 60] ?? "00",
    ss: TWO_DIGITS[seconds] ?? "00",
    seconds,
  };
}

/** `HH:MM` (or `HH:MM:SS` when seconds are set) of floating ms. */
export function formatLocalTime(floatingMs: number): string {
  const t = timeOfDay(floatingMs);
  return t.seconds === 0 ? `${t.hh}:${t.mm}` : `${t.hh}:${t.mm}:${t.ss}`;
}

/** `YYYY-MM-DDTHH:MM:SS` of floating ms. */
export function formatLocalDateTime(floatingMs: number): string {
  const t = timeOfDay(floatingMs);
  return `${formatLocalDate(floatingMs)}T${t.hh}:${t.mm}:${t.ss}`;
}

/** `2025-03-17T10:00:00Z` of an instant (no milliseconds). */
export function formatInstant(epochMs: number): string {
  return `${formatLocalDateTime(epochMs)}Z`;
}

/** `2025-03-17T10:00:00+00:00`: the wall-clock time with its UTC offset. */
export function formatOffsetDateTime(epochMs: number, offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(offsetMinutes);
  return `${formatLocalDateTime(epochMs + offsetMinutes * 60_000)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** A short human date such as `12 Mar 2025`, from a `YYYY-MM-DD`. */
export function humanDate(date: string): string {
  const ms = parseLocalDate(date);
  if (ms === undefined) return date;
  const d = new Date(ms);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()] ?? ""} ${d.getUTCFullYear()}`;
}

const DATE_TIME_RE = /^(\d{4})-?(\d{2})-?(\d{2})T(\d{2}):?(\d{2})(?::?(\d{2}))?$/;

/**
 * Parses a local date-time, `YYYY-MM-DDTHH:MM[:SS]` or iCalendar's `YYYYMMDDTHHMMSS`, into
 * floating ms, or `undefined`.
 */
export function parseLocalDateTime(value: string): number | undefined {
  const m = DATE_TIME_RE.exec(value);
  if (m === null) return undefined;
  const date = parseLocalDate(`${m[1] ?? ""}-${m[2] ?? ""}-${m[3] ?? ""}`);
  const time = parseLocalTime(`${m[4] ?? ""}:${m[5] ?? ""}:${m[6] ?? "00"}`);
  return date === undefined || time === undefined ? undefined : date + time;
}
