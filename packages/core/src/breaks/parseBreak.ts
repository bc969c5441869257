import { parseWithSchema } from "../_lib/parseWithSchema.ts";
import { BreakSchema, type CaringBreak } from "./BreakSchema.ts";

/**
 * Checks unknown input and returns a typed break from caring.
 *
 * @param input - Anything, typically parsed JSON.
 * @returns The break.
 * @throws {@link CarerKitError} `invalid_input` whose `issues` name every field that is wrong.
 * @example
 * const taken = parseBreak(json);
 * taken.type; //=> "short_break"
 */
export function parseBreak(input: unknown): CaringBreak {
  return parseWithSchema(BreakSchema, input, "Break");
}
