import { parseWithSchema } from "../_lib/parseWithSchema.ts";
import { CheckInSchema, type CheckIn } from "./CheckInSchema.ts";

/**
 * Checks unknown input and returns a typed {@link CheckIn}, with its small wins.
 *
 * @param input - Anything, typically parsed JSON.
 * @returns The check-in.
 * @throws {@link CarerKitError} `invalid_input` whose `issues` name every field that is wrong.
 * @example
 * const checkIn = parseCheckIn(json);
 * checkIn.smallWins.length; //=> 1
 */
export function parseCheckIn(input: unknown): CheckIn {
  return parseWithSchema(CheckInSchema, input, "CheckIn");
}
