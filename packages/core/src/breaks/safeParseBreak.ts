import { safeParseWithSchema } from "../_lib/parseWithSchema.ts";
import type { ParseResult } from "../result/ParseResult.ts";
import { BreakSchema, type CaringBreak } from "./BreakSchema.ts";

/**
 * Checks unknown input and returns a break from caring or every problem found, without throwing.
 *
 * @param input - Anything, typically parsed JSON.
 * @returns `{ success: true, data }` or `{ success: false, error: issues }`, each issue naming its field.
 * @example
 * const result = safeParseBreak({ ...taken, endsOn: "2026-01-01" });
 * result.success || result.error[0]?.code; //=> "end_before_start"
 */
export function safeParseBreak(input: unknown): ParseResult<CaringBreak> {
  return safeParseWithSchema(BreakSchema, input);
}
