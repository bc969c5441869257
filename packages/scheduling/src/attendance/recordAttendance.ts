import { ok, type Result } from "@carerkit/core";
import type { SchedulingIssue } from "../errors.ts";
import { fail } from "../_lib/issue.ts";
import { checkFields, readField } from "../_lib/guard/checkFields.ts";
import { checkMarks, checkRegisterShape } from "../_lib/guard/checkCohortShape.ts";
import { checkProgrammeShape } from "../_lib/guard/checkProgrammeShape.ts";
import { returnIssue } from "../_lib/guard/returnIssue.ts";
import type { Programme } from "../planning/types.ts";
import type { AttendanceMark, AttendanceRegister } from "./types.ts";

/**
 * The marks for one session: carer id → mark.
 *
 * @example
 * const entry: AttendanceEntry = { sessionId: "bt-spring-s1", marks: { "c-1": "attended" } };
 */
export interface AttendanceEntry {
  readonly sessionId: string;
  readonly marks: Readonly<Record<string, AttendanceMark>>;
}

/**
 * Records marks for one session in the register, replacing earlier marks for the same carers.
 * Starts a new register when `register` is `undefined`.
 *
 * @param programme - The programme, to check the session exists.
 * @param register - The register so far (not changed), or `undefined`.
 * @param entry - The session id and each carer's mark.
 * @returns The new register, or `unknown_session`, or `invalid_argument` for a wrongly shaped
 *   argument or a mark other than attended, apologies or no_show.
 * @example
 * const result = recordAttendance(programme, undefined, {
 *   sessionId: "bt-spring-s1",
 *   marks: { "c-1": "attended", "c-2": "apologies", "c-3": "no_show" },
 * });
 */
export function recordAttendance(
  programme: Programme,
  register: AttendanceRegister | undefined,
  entry: AttendanceEntry,
): Result<AttendanceRegister, SchedulingIssue> {
  const bad = returnIssue(() => {
    checkProgrammeShape("recordAttendance", programme);
    checkRegisterShape("recordAttendance", register, true);
    checkFields({ fn: "recordAttendance", path: "entry" }, entry, { sessionId: "string" });
    const marks = readField({ fn: "recordAttendance", path: "entry" }, entry, "marks");
    checkMarks({ fn: "recordAttendance", path: "entry.marks" }, marks);
  });
  if (bad !== undefined) return bad;
  if (!programme.sessions.some((s) => s.id === entry.sessionId))
    return fail(
      "unknown_session",
      `sessionId: no session "${entry.sessionId}" in programme "${programme.id}"`,
      ["sessionId"],
    );
  const current = register ?? { programmeId: programme.id, sessions: {} };
  return ok({
    ...current,
    sessions: {
      ...current.sessions,
      [entry.sessionId]: { ...current.sessions[entry.sessionId], ...entry.marks },
    },
  });
}
