import { ok, type Result } from "@carerkit/core";
import type { SchedulingIssue } from "../errors.ts";
import type { HolidayCalendar } from "../holidays/types.ts";
import { buildSession } from "../_lib/buildSession.ts";
import { fail } from "../_lib/issue.ts";
import { findSlots } from "../_lib/slots.ts";
import type { AmbiguousTimePolicy, NonexistentTimePolicy } from "../_lib/zone.ts";
import { checkTemplateValues } from "../_lib/checkTemplateValues.ts";
import { checkCalendarShape } from "../_lib/guard/checkCalendarShape.ts";
import { checkFields } from "../_lib/guard/checkFields.ts";
import { checkOptions, QUERY_OPTION_FIELDS } from "../_lib/guard/checkOptions.ts";
import { checkTemplateShape } from "../_lib/guard/checkProgrammeShape.ts";
import { returnIssue } from "../_lib/guard/returnIssue.ts";
import type { ProgrammeTemplate } from "../templates/types.ts";
import type { Programme, ProgrammeSchedule, ProgrammeSession } from "./types.ts";

/**
 * Options for {@link planProgramme}.
 *
 * @example
 * const options: PlanProgrammeOptions = {
 *   holidays: createUkBankHolidayCalendar("england-and-wales"),
 *   nonexistentTime: "skip",
 * };
 */
export interface PlanProgrammeOptions {
  /** Dates on which no session runs; combine calendars with {@link combineHolidayCalendars}. */
  readonly holidays?: HolidayCalendar | undefined;
  /** Sessions whose local start time falls in a spring-forward gap; default `"skip"`. */
  readonly nonexistentTime?: NonexistentTimePolicy | undefined;
  /** Sessions whose local start time happens twice; default `"earlier"`. */
  readonly ambiguousTime?: AmbiguousTimePolicy | undefined;
  /** Dates the rule may produce before planning gives up with `budget_exceeded`; default 1,000. */
  readonly maxIterations?: number | undefined;
}

/**
 * Plans a programme: turns a template, a start date and time, a recurrence rule and an IANA
 * zone into concrete sessions with local dates and times and UTC instants. Holidays and
 * closures are skipped and the programme extends so that every session of the template is
 * delivered. Sessions keep their local wall-clock time across daylight-saving changes; a
 * start time that does not exist on a day (clocks going forward) skips that date by default,
 * and one that happens twice (clocks going back) takes the first occurrence.
 *
 * @param template - The sessions to deliver, in order.
 * @param schedule - Programme id, first date, local start time, zone, rule and venue.
 * @param options - Holidays, gap and overlap policies, iteration budget.
 * @returns The programme, or an issue (`invalid_input`, `invalid_rule`, `unreachable_rule`,
 *   `not_enough_occurrences`, `budget_exceeded`).
 * @example
 * const result = planProgramme(
 *   BETTER_TOGETHER_TEMPLATE,
 *   { programmeId: "bt-spring", startDate: "2025-03-17", startTime: "10:00", zone: "Europe/London" },
 *   { holidays: createUkBankHolidayCalendar("england-and-wales") },
 * );
 * if (result.success) result.data.sessions.map((s) => s.date);
 * //=> ["2025-03-17", "2025-03-24", "2025-03-31", "2025-04-07", "2025-04-14", "2025-04-28", …]
 */
export function planProgramme(
  template: ProgrammeTemplate,
  schedule: ProgrammeSchedule,
  options: PlanProgrammeOptions = {},
): Result<Programme, SchedulingIssue> {
  const bad = returnIssue(() => {
    checkTemplateShape("planProgramme", template);
    checkFields({ fn: "planProgramme", path: "schedule" }, schedule, {
      programmeId: "string",
      startDate: "string",
      startTime: "string",
      zone: "string",
      rule: "string?",
      venue: "string?",
    });
    checkOptions("planProgramme", options, { ...QUERY_OPTION_FIELDS, holidays: "plain object?" });
    checkCalendarShape({ fn: "planProgramme", path: "options.holidays" }, options.holidays, true);
  });
  if (bad !== undefined) return bad;
  const checked = checkTemplateValues(template);
  if (!checked.success) return checked;
  if (schedule.programmeId.trim() === "")
    return fail("invalid_input", "programmeId: expected a non-empty id", ["programmeId"]);
  const nonexistentTime = options.nonexistentTime ?? "skip";
  const ambiguousTime = options.ambiguousTime ?? "earlier";
  const found = findSlots(
    {
      startDate: schedule.startDate,
      startTime: schedule.startTime,
      zone: schedule.zone,
      rule: schedule.rule ?? "FREQ=WEEKLY",
      holidays: options.holidays,
      nonexistentTime,
      ambiguousTime,
      fn: "planProgramme",
      maxIterations: options.maxIterations ?? 1000,
      taken: new Set(),
      after: Number.NEGATIVE_INFINITY,
    },
    template.sessions.length,
  );
  if (!found.success) return found;
  // findSlots returned exactly one slot per template session.
  const sessions: ProgrammeSession[] = template.sessions.flatMap((content, index) => {
    const slot = found.data.slots[index];
    return slot === undefined
      ? []
      : [
          buildSession({
            programmeId: schedule.programmeId,
            number: index + 1,
            content,
            zone: schedule.zone,
            slot,
            venue: schedule.venue,
          }),
        ];
  });
  const warnings: SchedulingIssue[] = [];
  const coverage = options.holidays?.coverage;
  if (coverage !== undefined) {
    const outside = sessions.filter((s) => s.date < coverage.from || s.date > coverage.to);
    if (outside.length > 0)
      warnings.push({
        code: "holiday_data_missing",
        message: `holidays: ${options.holidays?.name ?? ""} covers ${coverage.from} to ${coverage.to}; ${outside.length} session(s) from ${outside[0]?.date ?? ""} were not checked against holidays`,
        path: ["holidays"],
      });
  }
  return ok({
    id: schedule.programmeId,
    templateId: template.id,
    name: template.name,
    schedule,
    nonexistentTime,
    ambiguousTime,
    sessions,
    skipped: found.data.skipped,
    warnings,
  });
}
