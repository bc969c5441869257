// Finds the dates a programme's rule offers, skipping holidays, gap times and slots already
// taken. Shared by planProgramme and by cancelSession when it extends a programme.
import { ok, type Result } from "@carerkit/core";
import type { SchedulingIssue } from "../errors.ts";
import type { HolidayCalendar } from "../holidays/types.ts";
import type { SkippedDate } from "../planning/types.ts";
import { fail } from "./issue.ts";
import { holidayOn } from "./guard/checkCalendarShape.ts";
import { returnIssue } from "./guard/returnIssue.ts";
import { spanIssue } from "./guard/spanIssue.ts";
import { formatLocalDate, parseLocalDate, parseLocalTime } from "./localTime.ts";
import { iterateOccurrences, prepareRecurrence } from "./occurrences.ts";
import { checkZone } from "./checkZone.ts";
import { type AmbiguousTimePolicy, type NonexistentTimePolicy } from "./zone.ts";

/** A free slot: floating ms of its local start and its instant. */
export interface Slot {
  readonly floating: number;
  readonly epochMs: number;
  readonly date: string;
  /** True when `floating` is the real wall-clock start (not a shifted gap time). */
  readonly exact?: boolean;
}

/** What to search. */
export interface SlotSearch {
  /** The public function searching, for its error messages. */
  readonly fn: string;
  readonly startDate: string;
  readonly startTime: string;
  readonly zone: string;
  readonly rule: string;
  readonly holidays: HolidayCalendar | undefined;
  readonly nonexistentTime: NonexistentTimePolicy;
  readonly ambiguousTime: AmbiguousTimePolicy;
  readonly maxIterations: number;
  /** Slots (floating ms) that are not available, e.g. already used or cancelled. */
  readonly taken: ReadonlySet<number>;
  /** Only slots strictly after this floating ms. */
  readonly after: number;
}

/** Validates the schedule fields; returns the floating start or an issue. */
export function checkSchedule(search: {
  readonly startDate: string;
  readonly startTime: string;
  readonly zone: string;
}): Result<number, SchedulingIssue> {
  const zone = checkZone(search.zone);
  if (!zone.success) return zone;
  const date = parseLocalDate(search.startDate);
  if (date === undefined)
    return fail(
      "invalid_input",
      `startDate: expected a date YYYY-MM-DD, got "${search.startDate}"`,
      ["startDate"],
    );
  const span = spanIssue(date, ["startDate"]);
  if (span !== undefined) return span;
  const time = parseLocalTime(search.startTime);
  if (time === undefined)
    return fail("invalid_input", `startTime: expected a time HH:MM, got "${search.startTime}"`, [
      "startTime",
    ]);
  return ok(date + time);
}

/** Finds `wanted` free slots, recording the dates skipped on the way. */
export function findSlots(
  search: SlotSearch,
  wanted: number,
): Result<
  { readonly slots: readonly Slot[]; readonly skipped: readonly SkippedDate[] },
  SchedulingIssue
> {
  const start = checkSchedule(search);
  if (!start.success) return start;
  const prepared = prepareRecurrence(search.rule, start.data, search.zone);
  if (!prepared.success) return prepared;
  const slots: Slot[] = [];
  const skipped: SkippedDate[] = [];
  if (wanted <= 0) return ok({ slots, skipped });
  const { holidays } = search;
  let run: ReturnType<typeof iterateOccurrences> | undefined;
  const badAnswer = returnIssue(() => {
    run = iterateOccurrences(
      prepared.data,
      {
        includeStart: false,
        exdates: search.taken,
        nonexistent: search.nonexistentTime,
        ambiguous: search.ambiguousTime,
        maxIterations: search.maxIterations,
        onNonexistent: (floating) => {
          if (floating > search.after)
            skipped.push({
              date: formatLocalDate(floating),
              reason: "nonexistent_time",
              title: `${search.startTime} does not exist in ${search.zone} that day (clocks go forward)`,
            });
        },
      },
      (occurrence) => {
        if (occurrence.floating <= search.after) return true;
        const date = formatLocalDate(occurrence.floating);
        const holiday =
          holidays === undefined
            ? undefined
            : holidayOn({ fn: search.fn, path: "holidays" }, holidays, date);
        if (holiday !== undefined) {
          skipped.push({ date, reason: "holiday", title: holiday.title });
          return true;
        }
        slots.push({
          floating: occurrence.floating,
          epochMs: occurrence.epochMs,
          date,
          exact: occurrence.kind !== "nonexistent",
        });
        return slots.length < wanted;
      },
    );
  });
  if (badAnswer !== undefined) return badAnswer;
  if (run !== undefined && !run.success) return run;
  if (slots.length < wanted)
    return fail(
      "not_enough_occurrences",
      `rule: "${search.rule}" ends after ${slots.length} usable dates, but ${wanted} are needed`,
      ["rule"],
    );
  return ok({ slots, skipped });
}
