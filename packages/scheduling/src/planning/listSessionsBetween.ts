import { ok, type Result } from "@carerkit/core";
import type { SchedulingIssue } from "../errors.ts";
import { parseInstant } from "../_lib/window.ts";
import { checkFields } from "../_lib/guard/checkFields.ts";
import { checkProgrammeShape } from "../_lib/guard/checkProgrammeShape.ts";
import { returnIssue } from "../_lib/guard/returnIssue.ts";
import type { InstantWindow } from "../recurrence/listOccurrencesBetween.ts";
import type { Programme, ProgrammeSession } from "./types.ts";

/**
 * The sessions of a planned programme that start in a window (`from` included, `to` not), in
 * programme order, cancelled ones included (check `status`). The sessions are already concrete
 * (holidays skipped, changes applied), so nothing is expanded; the cost is one pass over them.
 *
 * @param programme - A programme from {@link planProgramme}, possibly changed since.
 * @param window - The instants `from` (included) and `to` (excluded), each with an offset.
 * @returns The sessions starting in the window, or `invalid_input` naming a bad instant,
 *   `out_of_span` for one outside 1900–2200, or `invalid_argument` for a wrongly shaped argument.
 * @example
 * const result = listSessionsBetween(programme, {
 *   from: "2025-04-01T00:00:00Z",
 *   to: "2025-05-01T00:00:00+01:00",
 * });
 * if (result.success) result.data.map((s) => s.date); //=> ["2025-04-07", "2025-04-14", "2025-04-28"]
 */
export function listSessionsBetween(
  programme: Programme,
  window: InstantWindow,
): Result<readonly ProgrammeSession[], SchedulingIssue> {
  const bad = returnIssue(() => {
    checkProgrammeShape("listSessionsBetween", programme);
    checkFields({ fn: "listSessionsBetween", path: "window" }, window, {
      from: "string",
      to: "string",
    });
  });
  if (bad !== undefined) return bad;
  const from = parseInstant(window.from, "from");
  if (!from.success) return from;
  const to = parseInstant(window.to, "to");
  if (!to.success) return to;
  const found: ProgrammeSession[] = [];
  for (const session of programme.sessions) {
    const start = Date.parse(session.start);
    if (start >= from.data && start < to.data) found.push(session);
  }
  return ok(found);
}
