import { argumentIssue, type ArgumentIssue } from "../_lib/argumentIssue.ts";
import { checkFields } from "../_lib/checkFields.ts";
import { checkDate } from "../_lib/dateSpan.ts";
import { checkStep } from "../_lib/referral/checkReferralHistory.ts";
import { checkReferralShape, checkReferralStatus } from "../_lib/referral/checkReferralShape.ts";
import type { CoreIssueCode } from "../errors/CoreIssueCode.ts";
import { err, ok, type CarerKitIssue, type Result } from "../result/result.ts";
import { getReferralStatus } from "./getReferralStatus.ts";
import type { Referral } from "./ReferralSchema.ts";
import type { ReferralStatus, ReferralTransition } from "./ReferralStatusSchema.ts";

/**
 * Why {@link transitionReferral} refused a step: the move is not in the lifecycle, the step is
 * earlier than the last one, or a reason is missing. `from` and `to` say which move.
 *
 * @example
 * const issue: ReferralTransitionIssue = {
 *   code: "illegal_transition", from: "received", to: "assessed",
 *   message: 'to: expected a move from "received" to "contacted", "declined", "unable_to_contact", got "assessed"',
 *   path: ["to"],
 * };
 */
export interface ReferralTransitionIssue extends CarerKitIssue<
  Extract<CoreIssueCode, "illegal_transition" | "transition_out_of_order" | "missing_reason">
> {
  readonly from: ReferralStatus;
  readonly to: ReferralStatus;
}

/**
 * Moves a referral one step along its lifecycle, returning a new referral with the step appended
 * (the input is not changed). An illegal move (see {@link REFERRAL_TRANSITIONS}), a step earlier
 * than the last one, or a missing reason for `declined`, `unable_to_contact` or `closed` comes
 * back as a typed error.
 *
 * @param referral - A parsed referral.
 * @param step - The status to move to, when, why and by whom.
 * @returns `{ success: true, data: referral }` or `{ success: false, error }`; the error is
 * `invalid_argument` or `out_of_span` when the referral or step has the wrong shape or a date
 * outside 1900–2200.
 * @example
 * const moved = transitionReferral(referral, { to: "contacted", at: "2026-09-08T10:00:00+01:00" });
 * moved.success && getReferralStatus(moved.data); //=> "contacted"
 */
export function transitionReferral(
  referral: Referral,
  step: ReferralTransition,
): Result<Referral, ReferralTransitionIssue | ArgumentIssue> {
  const fn = "transitionReferral";
  const refused = argumentIssue(() => {
    checkReferralShape(fn, "referral", referral);
    checkFields(fn, { step }, { reason: "string?", by: "string?" });
    checkReferralStatus(fn, "step.to", step.to);
    checkDate(fn, { "step.at": step.at }, "ISO date-time");
  });
  if (refused) return err(refused);
  const from = getReferralStatus(referral);
  const since = referral.history.at(-1)?.at ?? referral.receivedAt;
  const problem = checkStep(from, since, step);
  if (problem) {
    return err({
      code: problem.code,
      from,
      to: step.to,
      message: `${problem.field}: ${problem.message}`,
      path: [problem.field],
    });
  }
  return ok({ ...referral, history: [...referral.history, { ...step }] });
}
