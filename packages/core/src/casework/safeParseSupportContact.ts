import { safeParseWithSchema } from "../_lib/parseWithSchema.ts";
import type { ParseResult } from "../result/ParseResult.ts";
import { SupportContactSchema, type SupportContact } from "./SupportContactSchema.ts";

/**
 * Checks unknown input and returns a support contact or every problem found, without throwing.
 *
 * @param input - Anything, typically parsed JSON.
 * @returns `{ success: true, data }` or `{ success: false, error: issues }`, each issue naming its field.
 * @example
 * const result = safeParseSupportContact({ ...record, kind: 42 });
 * result.success; //=> false
 */
export function safeParseSupportContact(input: unknown): ParseResult<SupportContact> {
  return safeParseWithSchema(SupportContactSchema, input);
}
