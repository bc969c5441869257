import type { CoreIssueCode } from "../../errors/CoreIssueCode.ts";
import type { ReferralStatus, ReferralTransition } from "../../referral/ReferralStatusSchema.ts";
import {
  REFERRAL_STATUSES_NEEDING_REASON,
  REFERRAL_TRANSITIONS,
} from "../../referral/referralTransitions.ts";
import { compareInstants } from "../compareInstants.ts";

/** One problem with one step of a referral's history. */
export interface StepProblem {
  readonly field: "to" | "at" | "reason";
  readonly code: Extract<
    CoreIssueCode,
    "illegal_transition" | "transition_out_of_order" | "missing_reason"
  >;
  readonly message: string;
}

/** A {@link StepProblem} at one index of the history. */
export interface HistoryProblem extends StepProblem {
  readonly index: number;
}

/** Whether a referral in status `from` may move to `to`. */
export function isLegalTransition(from: ReferralStatus, to: ReferralStatus): boolean {
  return (
    Object.hasOwn(REFERRAL_TRANSITIONS, from) &&
    (REFERRAL_TRANSITIONS[from] as readonly ReferralStatus[]).includes(to)
  );
}

/** The problem with one step after status `from` at instant `since`, if any. */
export function checkStep(
  from: ReferralStatus,
  since: string,
  step: ReferralTransition,
): StepProblem | undefined {
  if (!isLegalTransition(from, step.to)) {
    const allowed = REFERRAL_TRANSITIONS[from] as readonly string[];
    return {
      field: "to",
      code: "illegal_transition",
      message: `expected a move from "${from}" to ${allowed.length === 0 ? "nothing (it is final)" : allowed.map((s) => `"${s}"`).join(", ")}, got "${step.to}"`,
    };
  }
  if (compareInstants(step.at, since) < 0) {
    return {
      field: "at",
      code: "transition_out_of_order",
      message: `expected an instant on or after the previous step (${since}), got "${step.at}"`,
    };
  }
  if (REFERRAL_STATUSES_NEEDING_REASON.includes(step.to) && step.reason === undefined) {
    return {
      field: "reason",
      code: "missing_reason",
      message: `expected a reason for "${step.to}", got nothing`,
    };
  }
  return undefined;
}

/** Every problem in a history, checked step by step from `received`. */
export function checkReferralHistory(
  receivedAt: string,
  history: readonly ReferralTransition[],
): HistoryProblem[] {
  const problems: HistoryProblem[] = [];
  let status: ReferralStatus = "received";
  let since = receivedAt;
  history.forEach((step, index) => {
    const problem = checkStep(status, since, step);
    if (problem) problems.push({ ...problem, index });
    status = step.to;
    since = compareInstants(step.at, since) < 0 ? since : step.at;
  });
  return problems;
}
