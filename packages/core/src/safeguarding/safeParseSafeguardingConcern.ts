import { safeParseWithSchema } from "../_lib/parseWithSchema.ts";
import type { ParseResult } from "../result/ParseResult.ts";
import {
  SafeguardingConcernSchema,
  type SafeguardingConcern,
} from "./SafeguardingConcernSchema.ts";

/**
 * Checks unknown input and returns a safeguarding concern or every problem found, without throwing.
 *
 * @param input - Anything, typically parsed JSON.
 * @returns `{ success: true, data }` or `{ success: false, error: issues }`, each issue naming its field.
 * @example
 * const result = safeParseSafeguardingConcern({ ...record, status: 42 });
 * result.success; //=> false
 */
export function safeParseSafeguardingConcern(input: unknown): ParseResult<SafeguardingConcern> {
  return safeParseWithSchema(SafeguardingConcernSchema, input);
}
