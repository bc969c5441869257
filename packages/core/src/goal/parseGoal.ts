import { parseWithSchema } from "../_lib/parseWithSchema.ts";
import { GoalSchema, type Goal } from "./GoalSchema.ts";

/**
 * Checks unknown input and returns a typed {@link Goal}, where an achieved goal carries its date.
 *
 * @param input - Anything, typically parsed JSON.
 * @returns The goal.
 * @throws {@link CarerKitError} `invalid_input` whose `issues` name every field that is wrong.
 * @example
 * const goal = parseGoal(json);
 * goal.status; //=> "in_progress"
 */
export function parseGoal(input: unknown): Goal {
  return parseWithSchema(GoalSchema, input, "Goal");
}
