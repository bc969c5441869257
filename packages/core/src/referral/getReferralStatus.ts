import { checkReferralShape } from "../_lib/referral/checkReferralShape.ts";
import type { Referral } from "./ReferralSchema.ts";
import type { ReferralStatus } from "./ReferralStatusSchema.ts";

/**
 * Where a referral stands now: the status of its last transition, or `received`.
 *
 * @param referral - A parsed referral.
 * @returns Its current status.
 * @throws {@link CarerKitError} `invalid_argument` naming the referral field with the wrong shape.
 * @example
 * getReferralStatus({ ...referral, history: [{ to: "contacted", at: "2026-09-08T10:00:00Z" }] }); //=> "contacted"
 */
export function getReferralStatus(referral: Referral): ReferralStatus {
  checkReferralShape("getReferralStatus", "referral", referral);
  return referral.history.at(-1)?.to ?? "received";
}
