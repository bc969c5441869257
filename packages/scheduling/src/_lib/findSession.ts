import { ok, type CarerKitIssue, type Result } from "@carerkit/core";
import type { Programme, ProgrammeSession } from "../planning/types.ts";
import { fail } from "./issue.ts";

/** The index of a scheduled session, or `unknown_session` / `session_cancelled`. */
export function findScheduledSession(
  programme: Programme,
  sessionId: string,
): Result<
  { index: number; session: ProgrammeSession },
  CarerKitIssue<"unknown_session" | "session_cancelled">
> {
  const index = programme.sessions.findIndex((s) => s.id === sessionId);
  const session = programme.sessions[index];
  if (session === undefined)
    return fail(
      "unknown_session",
      `sessionId: no session "${sessionId}" in programme "${programme.id}"`,
      ["sessionId"],
    );
  if (session.status === "cancelled")
    return fail("session_cancelled", `sessionId: session "${sessionId}" is cancelled`, [
      "sessionId",
    ]);
  return ok({ index, session });
}
