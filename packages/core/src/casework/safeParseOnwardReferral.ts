import { safeParseWithSchema } from "../_lib/parseWithSchema.ts";
import type { ParseResult } from "../result/ParseResult.ts";
import { OnwardReferralSchema, type OnwardReferral } from "./OnwardReferralSchema.ts";

/**
 * Checks unknown input and returns a onward referral or every problem found, without throwing.
 *
 * @param input - Anything, typically parsed JSON.
 * @returns `{ success: true, data }` or `{ success: false, error: issues }`, each issue naming its field.
 * @example
 * const result = safeParseOnwardReferral({ ...record, outcome: 42 });
 * result.success; //=> false
 */
export function safeParseOnwardReferral(input: unknown): ParseResult<OnwardReferral> {
  return safeParseWithSchema(OnwardReferralSchema, input);
}
