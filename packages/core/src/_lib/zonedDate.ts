import { checkDate } from "./dateSpan.ts";
import { invalidInput } from "./invalidInput.ts";

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  const cached = formatters.get(timeZone);
  if (cached) return cached;
  let formatter: Intl.DateTimeFormat;
  try {
    formatter = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    });
  } catch {
    throw invalidInput(
      "timeZone",
      "invalid_value",
      "expected an IANA time zone such as Europe/London",
    );
  }
  formatters.set(timeZone, formatter);
  return formatter;
}

/**
 * The calendar date, `YYYY-MM-DD`, of an instant in a named IANA zone (never the host's): an
 * instant at 23:30Z on Sunday 29 March 2026 is already Monday in London, which is on BST.
 */
export function localDateOf(instant: string, timeZone: string): string {
  const parts = formatterFor(timeZone).formatToParts(Date.parse(instant));
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

/**
 * Reads an instant argument (ISO 8601 with `Z` or an offset, years 1900–2200), or throws
 * `invalid_argument` or `out_of_span` naming the function and parameter.
 */
export function readInstant(fn: string, argument: Readonly<Record<string, unknown>>): string {
  checkDate(fn, argument, "ISO date-time");
  return String(Object.values(argument)[0]);
}
