import { safeParseWithSchema } from "../_lib/parseWithSchema.ts";
import type { ParseResult } from "../result/ParseResult.ts";
import { EmergencyPlanSchema, type EmergencyPlan } from "./EmergencyPlanSchema.ts";

/**
 * Checks unknown input and returns an emergency plan or every problem found, without throwing.
 *
 * @param input - Anything, typically parsed JSON.
 * @returns `{ success: true, data }` or `{ success: false, error: issues }`, each issue naming its field.
 * @example
 * const result = safeParseEmergencyPlan({ ...plan, reviewOn: "2020-01-01" });
 * result.success || result.error[0]?.code; //=> "end_before_start"
 */
export function safeParseEmergencyPlan(input: unknown): ParseResult<EmergencyPlan> {
  return safeParseWithSchema(EmergencyPlanSchema, input);
}
