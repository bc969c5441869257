import type { Result } from "@carerkit/core";
import type { SchedulingIssue } from "../errors.ts";
import { checkTemplateShape } from "../_lib/guard/checkProgrammeShape.ts";
import { returnIssue } from "../_lib/guard/returnIssue.ts";
import { checkTemplateValues } from "../_lib/checkTemplateValues.ts";
import type { ProgrammeTemplate } from "./types.ts";

/**
 * Checks a programme template: at least one session, positive whole-minute durations whose
 * agenda blocks add up to the session length, and a whole number of facilitators.
 *
 * @param template - The template to check.
 * @returns The same template, or an issue naming the field: `invalid_argument` (wrong shape),
 *   `invalid_input` (a bad value) or `out_of_span` (a session longer than 7 days).
 * @example
 * defineProgrammeTemplate(BETTER_TOGETHER_TEMPLATE).success; //=> true
 */
export function defineProgrammeTemplate(
  template: ProgrammeTemplate,
): Result<ProgrammeTemplate, SchedulingIssue> {
  const bad = returnIssue(() => {
    checkTemplateShape("defineProgrammeTemplate", template);
  });
  return bad ?? checkTemplateValues(template);
}
