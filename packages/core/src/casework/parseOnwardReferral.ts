import { parseWithSchema } from "../_lib/parseWithSchema.ts";
import { OnwardReferralSchema, type OnwardReferral } from "./OnwardReferralSchema.ts";

/**
 * Checks unknown input and returns a typed {@link OnwardReferral} (onward referral).
 *
 * @param input - Anything, typically parsed JSON.
 * @returns The onward referral.
 * @throws {@link CarerKitError} `invalid_input` whose `issues` name every field that is wrong.
 * @example
 * const record = parseOnwardReferral(json);
 * record.outcome; //=> "accepted"
 */
export function parseOnwardReferral(input: unknown): OnwardReferral {
  return parseWithSchema(OnwardReferralSchema, input, "OnwardReferral");
}
