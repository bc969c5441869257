import { invalidArgument } from "../../errors/invalidArgument.ts";
import { REFERRAL_TRANSITIONS } from "../../referral/referralTransitions.ts";
import { checkEach, checkFields } from "../checkFields.ts";
import { checkDate } from "../dateSpan.ts";

/** Throws `invalid_argument` naming the path unless the value is one of the referral statuses. */
export function checkReferralStatus(fn: string, path: string, value: unknown): void {
  if (typeof value !== "string" || !Object.hasOwn(REFERRAL_TRANSITIONS, value)) {
    throw invalidArgument(fn, { [path]: value }, "a referral status");
  }
}

/**
 * Checks the parts of a referral that the pathway functions read: an id, `receivedAt` and each
 * step of `history` (a known status and an instant, years 1900–2200). One pass over the history.
 */
export function checkReferralShape(fn: string, name: string, referral: unknown): void {
  checkFields(fn, { [name]: referral }, { id: "string", history: "array" });
  const { receivedAt, history } = referral as { receivedAt: unknown; history: unknown };
  checkDate(fn, { [`${name}.receivedAt`]: receivedAt }, "ISO date-time");
  checkEach(fn, { [`${name}.history`]: history }, (step, path) => {
    checkFields(fn, { [path]: step }, { reason: "string?" });
    const { to, at } = step as { to: unknown; at: unknown };
    checkReferralStatus(fn, `${path}.to`, to);
    checkDate(fn, { [`${path}.at`]: at }, "ISO date-time");
  });
}
