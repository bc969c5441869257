import { safeParseWithSchema } from "../_lib/parseWithSchema.ts";
import type { ParseResult } from "../result/ParseResult.ts";
import { ConsentSchema, type Consent } from "./ConsentSchema.ts";

/**
 * Checks unknown input and returns a consent or every problem found, without throwing.
 *
 * @param input - Anything, typically parsed JSON.
 * @returns `{ success: true, data }` or `{ success: false, error: issues }`, each issue naming its field.
 * @example
 * const result = safeParseConsent({ ...consent, withdrawnAt: "2020-01-01T00:00:00Z" });
 * result.success || result.error[0]?.code; //=> "withdrawn_before_given"
 */
export function safeParseConsent(input: unknown): ParseResult<Consent> {
  return safeParseWithSchema(ConsentSchema, input);
}
