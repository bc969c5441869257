import type { ReferralStatus } from "./ReferralStatusSchema.ts";

/**
 * The legal next statuses from each status. A carer who could not be reached may get in touch
 * later (`unable_to_contact` → `contacted`), and a support plan may be reviewed more than once;
 * `closed` and `declined` are final.
 *
 * @example
 * REFERRAL_TRANSITIONS.received.includes("assessed"); //=> false
 */
export const REFERRAL_TRANSITIONS = {
  received: ["contacted", "declined", "unable_to_contact"],
  contacted: ["assessed", "declined", "closed"],
  assessed: ["plan_agreed", "declined", "closed"],
  plan_agreed: ["reviewed", "closed"],
  reviewed: ["reviewed", "closed"],
  unable_to_contact: ["contacted", "closed"],
  declined: [],
  closed: [],
} as const satisfies Record<ReferralStatus, readonly Exclude<ReferralStatus, "received">[]>;

/**
 * The statuses a referral may move to from status `S`, as a type.
 *
 * @example
 * const next: NextReferralStatus<"received"> = "contacted";
 */
export type NextReferralStatus<S extends ReferralStatus> = (typeof REFERRAL_TRANSITIONS)[S][number];

/**
 * The statuses that need a reason.
 *
 * @example
 * REFERRAL_STATUSES_NEEDING_REASON.includes("declined"); //=> true
 */
export const REFERRAL_STATUSES_NEEDING_REASON: readonly ReferralStatus[] = [
  "declined",
  "unable_to_contact",
  "closed",
];
