// The value checks of a programme template, once its shape is checked: shared by
// defineProgrammeTemplate and planProgramme.
import { ok, type Result } from "@carerkit/core";
import type { SchedulingIssue } from "../errors.ts";
import { SCHEDULING_LIMITS } from "../limits/SCHEDULING_LIMITS.ts";
import type { ProgrammeTemplate } from "../templates/types.ts";
import { fail } from "./issue.ts";

const positiveInteger = (n: number): boolean => Number.isInteger(n) && n > 0;

/** The value checks of a template whose shape is checked. */
export function checkTemplateValues(
  template: ProgrammeTemplate,
): Result<ProgrammeTemplate, SchedulingIssue> {
  if (template.id.trim() === "")
    return fail("invalid_input", "id: expected a non-empty template id", ["id"]);
  if (template.sessions.length === 0)
    return fail("invalid_input", "sessions: expected at least one session, got 0", ["sessions"]);
  for (const [index, session] of template.sessions.entries()) {
    const at = `sessions[${index}]`;
    if (!positiveInteger(session.durationMinutes))
      return fail(
        "invalid_input",
        `${at}.durationMinutes: expected a positive whole number of minutes, got ${session.durationMinutes}`,
        ["sessions", index, "durationMinutes"],
      );
    if (session.durationMinutes > SCHEDULING_LIMITS.maxSessionMinutes)
      return fail(
        "out_of_span",
        `${at}.durationMinutes: expected at most ${SCHEDULING_LIMITS.maxSessionMinutes} minutes (7 days)`,
        ["sessions", index, "durationMinutes"],
      );
    if (!Number.isInteger(session.facilitatorsRequired) || session.facilitatorsRequired < 0)
      return fail(
        "invalid_input",
        `${at}.facilitatorsRequired: expected a whole number ≥ 0, got ${session.facilitatorsRequired}`,
        ["sessions", index, "facilitatorsRequired"],
      );
    const badBlock = session.agenda.findIndex((block) => !positiveInteger(block.minutes));
    if (badBlock >= 0)
      return fail(
        "invalid_input",
        `${at}.agenda[${badBlock}].minutes: expected a positive whole number, got ${session.agenda[badBlock]?.minutes ?? ""}`,
        ["sessions", index, "agenda", badBlock, "minutes"],
      );
    const total = session.agenda.reduce((sum, block) => sum + block.minutes, 0);
    if (session.agenda.length > 0 && total !== session.durationMinutes)
      return fail(
        "invalid_input",
        `${at}.agenda: expected blocks adding up to ${session.durationMinutes} minutes, got ${total}`,
        ["sessions", index, "agenda"],
      );
  }
  return ok(template);
}
