// The shape of a HolidayCalendar, and of what its holidayOn returns (it is caller code).
import { invalidArgument } from "@carerkit/core";
import type { Holiday, HolidayCalendar } from "../../holidays/types.ts";
import { below, checkFields, readField, type Where } from "./checkFields.ts";

/** Checks a HolidayCalendar's shape at `where`; absent is allowed when `optional`. */
export function checkCalendarShape(where: Where, calendar: unknown, optional = false): void {
  if (optional && calendar === undefined) return;
  checkFields(where, calendar, {
    id: "string",
    name: "string",
    holidayOn: "function",
    attribution: "string?",
  });
  const coverage = readField(where, calendar as object, "coverage");
  if (coverage !== undefined)
    checkFields(below(where, ".coverage"), coverage, { from: "string", to: "string" });
}

/**
 * Asks the calendar at `where` about a date, and refuses an answer that is neither a Holiday
 * nor undefined.
 */
export function holidayOn(
  where: Where,
  calendar: HolidayCalendar,
  date: string,
): Holiday | undefined {
  const holiday: unknown = calendar.holidayOn(date);
  if (holiday === undefined) return undefined;
  const answer = below(where, ".holidayOn()");
  try {
    checkFields(answer, holiday, { date: "string", title: "string", calendar: "string" });
  } catch {
    throw invalidArgument(where.fn, { [answer.path]: holiday }, "a Holiday or undefined");
  }
  return holiday as Holiday;
}
