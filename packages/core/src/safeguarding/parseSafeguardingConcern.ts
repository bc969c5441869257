import { parseWithSchema } from "../_lib/parseWithSchema.ts";
import {
  SafeguardingConcernSchema,
  type SafeguardingConcern,
} from "./SafeguardingConcernSchema.ts";

/**
 * Checks unknown input and returns a typed {@link SafeguardingConcern} (safeguarding concern).
 *
 * @param input - Anything, typically parsed JSON.
 * @returns The safeguarding concern.
 * @throws {@link CarerKitError} `invalid_input` whose `issues` name every field that is wrong.
 * @example
 * const record = parseSafeguardingConcern(json);
 * record.status; //=> "raised"
 */
export function parseSafeguardingConcern(input: unknown): SafeguardingConcern {
  return parseWithSchema(SafeguardingConcernSchema, input, "SafeguardingConcern");
}
