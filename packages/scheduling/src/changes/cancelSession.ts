import { checkArgument, ok, type Result } from "@carerkit/core";
import type { SchedulingIssue } from "../errors.ts";
import type { HolidayCalendar } from "../holidays/types.ts";
import { placeAt } from "../_lib/buildSession.ts";
import { findScheduledSession } from "../_lib/findSession.ts";
import { checkCalendarShape } from "../_lib/guard/checkCalendarShape.ts";
import { checkOptions } from "../_lib/guard/checkOptions.ts";
import { checkProgrammeShape } from "../_lib/guard/checkProgrammeShape.ts";
import { returnIssue } from "../_lib/guard/returnIssue.ts";
import { parseLocalDate, parseLocalTime } from "../_lib/localTime.ts";
import { findSlots, type Slot } from "../_lib/slots.ts";
import type { Programme, ProgrammeSession } from "../planning/types.ts";

/**
 * Options for {@link cancelSession}.
 *
 * @example
 * const options: CancelSessionOptions = {
 *   extend: true,
 *   holidays: createUkBankHolidayCalendar("england-and-wales"),
 *   reason: "Venue flooded",
 * };
 */
export interface CancelSessionOptions {
  /**
   * `false` (default): the session is cancelled and the programme delivers one session fewer.
   * `true`: the date is dropped and this and every later session move on one slot, so the
   * content is still delivered in order and the programme ends one slot later.
   */
  readonly extend?: boolean | undefined;
  /** The holidays used when planning, to find the new last slot when extending. */
  readonly holidays?: HolidayCalendar | undefined;
  /** Why, shown to carers and in the calendar description. */
  readonly reason?: string | undefined;
  /** Iteration budget for finding the new slot; default 1,000. */
  readonly maxIterations?: number | undefined;
}

const floatingOf = (s: ProgrammeSession): number =>
  (parseLocalDate(s.date) ?? 0) + (parseLocalTime(s.startTime) ?? 0);

/**
 * Cancels one session. Without `extend`, the session is kept with status `cancelled` and a
 * higher `sequence` (calendar apps show it as cancelled). With `extend`, the cancelled date is
 * recorded in `skipped` and the session and every later one move to the next slot, the last
 * taking the rule's next free date after holidays; each moved session keeps its id and gets a
 * higher `sequence`, so attendance, rosters and calendar UIDs stay attached.
 *
 * @param programme - The planned programme (not changed).
 * @param sessionId - The session to cancel.
 * @param options - Whether to extend, the holidays, the reason.
 * @returns A new programme, or `unknown_session`, `session_cancelled`, or a planning issue
 *   when no slot can be found for the extension.
 * @example
 * const result = cancelSession(programme, "bt-spring-s3", { extend: true, holidays });
 * if (result.success) result.data.sessions.at(-1)?.date; // one week later than before
 */
export function cancelSession(
  programme: Programme,
  sessionId: string,
  options: CancelSessionOptions = {},
): Result<Programme, SchedulingIssue> {
  const bad = returnIssue(() => {
    checkProgrammeShape("cancelSession", programme);
    checkArgument("cancelSession", { sessionId }, "string");
    checkOptions("cancelSession", options, {
      extend: "boolean?",
      holidays: "plain object?",
      reason: "string?",
      maxIterations: "count?",
    });
    checkCalendarShape({ fn: "cancelSession", path: "options.holidays" }, options.holidays, true);
  });
  if (bad !== undefined) return bad;
  const found = findScheduledSession(programme, sessionId);
  if (!found.success) return found;
  const { session } = found.data;
  const note = options.reason === undefined ? {} : { note: options.reason };
  const title = options.reason ?? "Cancelled";

  if (options.extend !== true) {
    return ok({
      ...programme,
      sessions: programme.sessions.map((s) =>
        s.id === sessionId
          ? { ...s, status: "cancelled" as const, sequence: s.sequence + 1, ...note }
          : s,
      ),
      skipped: [...programme.skipped, { date: session.date, reason: "cancelled", title }],
    });
  }

  const movers = programme.sessions
    .filter((s) => s.status === "scheduled" && s.number >= session.number)
    .sort((a, b) => a.number - b.number);
  // A reduce, not Math.max(...list): spreading a long list overflows the call stack.
  const latest = programme.sessions.reduce(
    (last, s) => Math.max(last, floatingOf(s)),
    Number.NEGATIVE_INFINITY,
  );
  const next = findSlots(
    {
      startDate: programme.schedule.startDate,
      startTime: programme.schedule.startTime,
      zone: programme.schedule.zone,
      rule: programme.schedule.rule ?? "FREQ=WEEKLY",
      holidays: options.holidays,
      nonexistentTime: programme.nonexistentTime,
      ambiguousTime: programme.ambiguousTime,
      fn: "cancelSession",
      maxIterations: options.maxIterations ?? 1000,
      taken: new Set(),
      after: latest,
    },
    1,
  );
  if (!next.success) return next;
  const slots: Slot[] = [
    ...movers.slice(1).map((s) => ({
      floating: floatingOf(s),
      epochMs: Date.parse(s.start),
      date: s.date,
    })),
    ...next.data.slots,
  ];
  const moved = new Map<string, ProgrammeSession>();
  movers.forEach((s, i) => {
    const slot = slots[i];
    if (slot === undefined) return;
    moved.set(s.id, {
      ...s,
      ...placeAt(slot, s.zone, s.content.durationMinutes),
      sequence: s.sequence + 1,
      ...note,
    });
  });
  return ok({
    ...programme,
    sessions: programme.sessions.map((s) => moved.get(s.id) ?? s),
    skipped: [
      ...programme.skipped,
      ...next.data.skipped,
      { date: session.date, reason: "cancelled", title },
    ],
  });
}
