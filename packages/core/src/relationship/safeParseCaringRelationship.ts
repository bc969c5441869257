import { safeParseWithSchema } from "../_lib/parseWithSchema.ts";
import type { ParseResult } from "../result/ParseResult.ts";
import { CaringRelationshipSchema, type CaringRelationship } from "./CaringRelationshipSchema.ts";

/**
 * Checks unknown input and returns a caring relationship or every problem found, without throwing.
 *
 * @param input - Anything, typically parsed JSON.
 * @returns `{ success: true, data }` or `{ success: false, error: issues }`, each issue naming its field.
 * @example
 * const result = safeParseCaringRelationship({ ...relationship, hoursPerWeek: 200 });
 * result.success || result.error[0]?.message;
 * //=> "hoursPerWeek: expected at most 168 (the hours in a week), got 200"
 */
export function safeParseCaringRelationship(input: unknown): ParseResult<CaringRelationship> {
  return safeParseWithSchema(CaringRelationshipSchema, input);
}
