import { safeParseWithSchema } from "../_lib/parseWithSchema.ts";
import type { ParseResult } from "../result/ParseResult.ts";
import { GoalSchema, type Goal } from "./GoalSchema.ts";

/**
 * Checks unknown input and returns a goal or every problem found, without throwing.
 *
 * @param input - Anything, typically parsed JSON.
 * @returns `{ success: true, data }` or `{ success: false, error: issues }`, each issue naming its field.
 * @example
 * const result = safeParseGoal({ ...goal, status: "achieved" });
 * result.success || result.error[0]?.code; //=> "achieved_without_date"
 */
export function safeParseGoal(input: unknown): ParseResult<Goal> {
  return safeParseWithSchema(GoalSchema, input);
}
