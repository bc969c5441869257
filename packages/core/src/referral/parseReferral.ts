import { parseWithSchema } from "../_lib/parseWithSchema.ts";
import { ReferralSchema, type Referral } from "./ReferralSchema.ts";

/**
 * Checks unknown input and returns a typed {@link Referral} whose history follows the lifecycle.
 *
 * @param input - Anything, typically parsed JSON.
 * @returns The referral.
 * @throws {@link CarerKitError} `invalid_input` whose `issues` name every field that is wrong,
 * including `illegal_transition` on `history[i].to`.
 * @example
 * const referral = parseReferral(json);
 * referral.source; //=> "ward"
 */
export function parseReferral(input: unknown): Referral {
  return parseWithSchema(ReferralSchema, input, "Referral");
}
