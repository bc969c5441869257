import { ok, type Result } from "@carerkit/core";
import type { SchedulingIssue } from "../errors.ts";
import { fail } from "../_lib/issue.ts";
import type { ProgrammeTemplate } from "./types.ts";

const positiveInteger = (n: number): boolean => Number.isInteger(n) && n > 0;

/**
 * Checks a programme template: at least one session, positive whole-minute durations whose
 * agenda blocks add up to the session length, and a whole number of facilitators.
 *
 * @param template - The template to check.
 * @returns The same template, or an `invalid_input` issue naming the field.
 * @example
 * defineProgrammeTemplate(BETTER_TOGETHER_TEMPLATE).success; //=> true
 */
export function defineProgrammeTemplate(
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
