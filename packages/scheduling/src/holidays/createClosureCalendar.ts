import { ok, type Result } from "@carerkit/core";
import { tz } from "@date-fns/tz/tz";
import { eachDayOfInterval } from "date-fns";
import type { SchedulingIssue } from "../errors.ts";
import { fail } from "../_lib/issue.ts";
import { checkFields, checkItems } from "../_lib/guard/checkFields.ts";
import { checkOptions } from "../_lib/guard/checkOptions.ts";
import { returnIssue } from "../_lib/guard/returnIssue.ts";
import { spanIssue } from "../_lib/guard/spanIssue.ts";
import { formatLocalDate, parseLocalDate } from "../_lib/localTime.ts";
import type { Holiday, HolidayCalendar } from "./types.ts";

const DAY = 86_400_000;

/**
 * A local closure: one day, or a run of days when `until` is given (inclusive).
 *
 * @example
 * const closure: Closure = { date: "2025-12-22", until: "2026-01-02", title: "Hospice winter closure" };
 */
export interface Closure {
  /** First closed day, `YYYY-MM-DD`. */
  readonly date: string;
  /** Last closed day, inclusive; defaults to `date`. */
  readonly until?: string | undefined;
  /** Why, e.g. `Staff training day`. */
  readonly title: string;
}

/**
 * Options for {@link createClosureCalendar}.
 *
 * @example
 * const options: ClosureCalendarOptions = { id: "st-marys", name: "St Mary's Hospice closures" };
 */
export interface ClosureCalendarOptions {
  /** Calendar id; defaults to `closures`. */
  readonly id?: string | undefined;
  /** Calendar name; defaults to `Local closures`. */
  readonly name?: string | undefined;
}

/**
 * Builds a calendar of local closures (training days, a venue unavailable, a winter break), to
 * combine with bank holidays through {@link combineHolidayCalendars}.
 *
 * @param closures - The closed days or runs of days.
 * @param options - Id and name of the calendar.
 * @returns The calendar, or an `invalid_input` issue naming the bad date.
 * @example
 * const result = createClosureCalendar([{ date: "2025-06-10", title: "Staff training day" }]);
 * if (result.success) result.data.holidayOn("2025-06-10")?.title; //=> "Staff training day"
 */
export function createClosureCalendar(
  closures: readonly Closure[],
  options: ClosureCalendarOptions = {},
): Result<HolidayCalendar, SchedulingIssue> {
  const bad = returnIssue(() => {
    checkItems({ fn: "createClosureCalendar", path: "closures" }, closures, (at, closure) => {
      checkFields(at, closure, {
        date: "string",
        until: "string?",
        title: "string",
      });
    });
    checkOptions("createClosureCalendar", options, { id: "string?", name: "string?" });
  });
  if (bad !== undefined) return bad;
  const id = options.id ?? "closures";
  const byDate = new Map<string, Holiday>();
  for (const [index, closure] of closures.entries()) {
    const from = parseLocalDate(closure.date);
    if (from === undefined)
      return fail(
        "invalid_input",
        `closures[${index}].date: expected a date YYYY-MM-DD, got "${closure.date}"`,
        ["closures", index, "date"],
      );
    const fromSpan = spanIssue(from, ["closures", index, "date"]);
    if (fromSpan !== undefined) return fromSpan;
    const to = closure.until === undefined ? from : parseLocalDate(closure.until);
    if (to === undefined || to < from || to - from > 366 * DAY)
      return fail(
        "invalid_input",
        `closures[${index}].until: expected a date YYYY-MM-DD on or after ${closure.date} and within a year, got "${closure.until ?? ""}"`,
        ["closures", index, "until"],
      );
    // Day arithmetic in an explicit UTC context, never the host zone.
    for (const day of eachDayOfInterval({ start: from, end: to }, { in: tz("UTC") })) {
      const date = formatLocalDate(day.getTime());
      if (!byDate.has(date)) byDate.set(date, { date, title: closure.title, calendar: id });
    }
  }
  return ok({
    id,
    name: options.name ?? "Local closures",
    holidayOn: (date: string) => byDate.get(date),
  });
}
