import { CarerKitError } from "../errors/CarerKitError.ts";
import { checkArgument } from "../errors/checkArgument.ts";
import type { CoreIssueCode } from "../errors/CoreIssueCode.ts";
import type { CarerKitIssue } from "../result/result.ts";
import { readIsoDate, type CalendarDate } from "./isoDate.ts";

/**
 * The earliest and latest dates any core function accepts (ISO `YYYY-MM-DD`): years 1900–2200,
 * wide enough for any living carer's date of birth and any plan, narrow enough that no loop over
 * days or weeks can be made to run for millennia.
 */
export const DATE_SPAN = { from: "1900-01-01", to: "2200-12-31" } as const;

const FIRST_YEAR = Number(DATE_SPAN.from.slice(0, 4));
const LAST_YEAR = Number(DATE_SPAN.to.slice(0, 4));

/** The date kinds {@link checkDate} reads. */
export type DateKind = "ISO date" | "ISO date-time" | "valid Date";

function yearOf(value: unknown): number {
  return value instanceof Date ? value.getUTCFullYear() : Number(String(value).slice(0, 4));
}

/**
 * Checks a date argument: its shape with `checkArgument` (`invalid_argument`), then its year as
 * written (UTC for a `Date`) against {@link DATE_SPAN}, throwing `out_of_span` naming the
 * function and parameter. The date itself never reaches the message.
 */
export function checkDate(
  fn: string,
  argument: Readonly<Record<string, unknown>>,
  kind: DateKind,
): void {
  checkArgument(fn, argument, kind);
  const [parameter = "argument", value] = Object.entries(argument)[0] ?? [];
  const year = yearOf(value);
  if (year >= FIRST_YEAR && year <= LAST_YEAR) return;
  const message = `${fn}: ${parameter} must be a date from ${DATE_SPAN.from} to ${DATE_SPAN.to}; received one outside that span`;
  const issue: CarerKitIssue<CoreIssueCode> = { code: "out_of_span", message, path: [parameter] };
  throw new CarerKitError("out_of_span", message, { issues: [issue] });
}

/** {@link checkDate} for an ISO date, returning its year, month and day. */
export function readCalendarDate(
  fn: string,
  argument: Readonly<Record<string, unknown>>,
): CalendarDate {
  checkDate(fn, argument, "ISO date");
  return readIsoDate(String(Object.values(argument)[0])) ?? { year: 0, month: 0, day: 0 };
}
