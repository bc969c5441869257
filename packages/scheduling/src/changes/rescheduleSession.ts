import { checkArgument, ok, type Result } from "@carerkit/core";
import type { SchedulingIssue } from "../errors.ts";
import { placeAt } from "../_lib/buildSession.ts";
import { findScheduledSession } from "../_lib/findSession.ts";
import { checkFields } from "../_lib/guard/checkFields.ts";
import { checkProgrammeShape } from "../_lib/guard/checkProgrammeShape.ts";
import { returnIssue } from "../_lib/guard/returnIssue.ts";
import { spanIssue } from "../_lib/guard/spanIssue.ts";
import { fail } from "../_lib/issue.ts";
import { parseLocalDate, parseLocalTime } from "../_lib/localTime.ts";
import { resolveWallTime } from "../_lib/zone.ts";
import type { Programme } from "../planning/types.ts";

/**
 * Where to move a session: a new local date, and optionally a new local start time.
 *
 * @example
 * const to: RescheduleTo = { date: "2025-04-23", startTime: "14:00", note: "Room booked for Monday" };
 */
export interface RescheduleTo {
  /** New local date, `YYYY-MM-DD`, in the programme's zone. */
  readonly date: string;
  /** New local start time, `HH:MM`; defaults to the session's current start time. */
  readonly startTime?: string | undefined;
  /** Why, shown to carers and in the calendar description. */
  readonly note?: string | undefined;
}

/**
 * Moves one session to another date or time. The session keeps its id (so attendance, the
 * roster and its calendar UID stay attached) and its original slot, and its `sequence` goes up
 * by one so calendar apps replace the old event.
 *
 * @param programme - The planned programme (not changed).
 * @param sessionId - The session to move.
 * @param to - The new local date and start time, and a note saying why.
 * @returns A new programme, or `unknown_session`, `session_cancelled` or `invalid_input`
 *   (including a start time that does not exist that day when the policy is `skip`).
 * @example
 * const moved = rescheduleSession(programme, "bt-spring-s6", { date: "2025-04-23" });
 * if (moved.success) moved.data.sessions[5]?.sequence; //=> 1
 */
export function rescheduleSession(
  programme: Programme,
  sessionId: string,
  to: RescheduleTo,
): Result<Programme, SchedulingIssue> {
  const bad = returnIssue(() => {
    checkProgrammeShape("rescheduleSession", programme);
    checkArgument("rescheduleSession", { sessionId }, "string");
    checkFields({ fn: "rescheduleSession", path: "to" }, to, {
      date: "string",
      startTime: "string?",
      note: "string?",
    });
  });
  if (bad !== undefined) return bad;
  const found = findScheduledSession(programme, sessionId);
  if (!found.success) return found;
  const { index, session } = found.data;
  const date = parseLocalDate(to.date);
  if (date === undefined)
    return fail("invalid_input", `to.date: expected a date YYYY-MM-DD, got "${to.date}"`, [
      "to",
      "date",
    ]);
  const span = spanIssue(date, ["to", "date"]);
  if (span !== undefined) return span;
  const startTime = to.startTime ?? session.startTime;
  const time = parseLocalTime(startTime);
  if (time === undefined)
    return fail("invalid_input", `to.startTime: expected a time HH:MM, got "${startTime}"`, [
      "to",
      "startTime",
    ]);
  const floating = date + time;
  const resolved = resolveWallTime(floating, programme.schedule.zone, {
    nonexistent: programme.nonexistentTime,
    ambiguous: programme.ambiguousTime,
  });
  if (Number.isNaN(resolved.epochMs))
    return fail(
      "invalid_input",
      `to.startTime: ${startTime} does not exist on ${to.date} in ${programme.schedule.zone} (the clocks go forward)`,
      ["to", "startTime"],
    );
  const placed = placeAt(
    { floating, epochMs: resolved.epochMs, date: to.date },
    programme.schedule.zone,
    session.content.durationMinutes,
  );
  const sessions = programme.sessions.map((s, i) =>
    i === index
      ? {
          ...s,
          ...placed,
          sequence: s.sequence + 1,
          ...(to.note === undefined ? {} : { note: to.note }),
        }
      : s,
  );
  return ok({ ...programme, sessions });
}
