import { parseWithSchema } from "../_lib/parseWithSchema.ts";
import { EmergencyPlanSchema, type EmergencyPlan } from "./EmergencyPlanSchema.ts";

/**
 * Checks unknown input and returns a typed {@link EmergencyPlan}. A valid plan may still be
 * incomplete: see {@link checkEmergencyPlanCompleteness}.
 *
 * @param input - Anything, typically parsed JSON.
 * @returns The plan.
 * @throws {@link CarerKitError} `invalid_input` whose `issues` name every field that is wrong.
 * @example
 * const plan = parseEmergencyPlan(json);
 * plan.reviewOn; //=> "2027-03-01"
 */
export function parseEmergencyPlan(input: unknown): EmergencyPlan {
  return parseWithSchema(EmergencyPlanSchema, input, "EmergencyPlan");
}
