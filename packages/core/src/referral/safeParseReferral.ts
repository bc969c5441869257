import { safeParseWithSchema } from "../_lib/parseWithSchema.ts";
import type { ParseResult } from "../result/ParseResult.ts";
import { ReferralSchema, type Referral } from "./ReferralSchema.ts";

/**
 * Checks unknown input and returns a referral or every problem found, without throwing.
 *
 * @param input - Anything, typically parsed JSON.
 * @returns `{ success: true, data }` or `{ success: false, error: issues }`, each issue naming its field.
 * @example
 * const result = safeParseReferral({ ...referral, history: [{ to: "assessed", at: "2026-09-08T10:00:00Z" }] });
 * result.success || result.error[0]?.code; //=> "illegal_transition"
 */
export function safeParseReferral(input: unknown): ParseResult<Referral> {
  return safeParseWithSchema(ReferralSchema, input);
}
