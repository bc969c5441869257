import { safeParseWithSchema } from "../_lib/parseWithSchema.ts";
import type { ParseResult } from "../result/ParseResult.ts";
import { OutreachEventSchema, type OutreachEvent } from "./OutreachEventSchema.ts";

/**
 * Checks unknown input and returns a outreach event or every problem found, without throwing.
 *
 * @param input - Anything, typically parsed JSON.
 * @returns `{ success: true, data }` or `{ success: false, error: issues }`, each issue naming its field.
 * @example
 * const result = safeParseOutreachEvent({ ...record, peopleMet: 42 });
 * result.success; //=> false
 */
export function safeParseOutreachEvent(input: unknown): ParseResult<OutreachEvent> {
  return safeParseWithSchema(OutreachEventSchema, input);
}
