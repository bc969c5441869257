import { match } from "ts-pattern";
import type { CarerEligibilityDetermination, MissingAnswer } from "../../eligibility/types.ts";
import { allOf, type JudgedCondition } from "./findings.ts";

/** The three conditions of reg. 3(1) as judged, and what reg. 3(4) still needs. */
export interface JudgedConditions {
  readonly necessary: JudgedCondition;
  readonly circumstances: JudgedCondition;
  readonly impact: JudgedCondition;
  readonly fluctuationMissing: readonly MissingAnswer[];
}

/**
 * Eligible when all three conditions are met, not eligible when any is not met, and no decision
 * while reg. 3(4) is unsettled or a condition is unknown. Without a decision, lists the answers
 * still needed: only reg. 3(4)'s when a condition is already not met.
 */
export function decideEligibility(
  judged: JudgedConditions,
): Pick<CarerEligibilityDetermination, "decision" | "missing"> {
  const { necessary, circumstances, impact, fluctuationMissing } = judged;
  const overall = allOf([necessary.finding, circumstances.finding, impact.finding]);
  const decision: CarerEligibilityDetermination["decision"] =
    fluctuationMissing.length > 0
      ? "cannot_decide_yet"
      : match(overall)
          .with("met", () => "eligible" as const)
          .with("not_met", () => "not_eligible" as const)
          .with("unknown", () => "cannot_decide_yet" as const)
          .exhaustive();
  const missing =
    decision !== "cannot_decide_yet"
      ? []
      : overall === "not_met"
        ? fluctuationMissing
        : [
            ...(necessary.finding === "unknown" ? necessary.missing : []),
            ...circumstances.missing,
            ...(impact.finding === "unknown" ? impact.missing : []),
            ...fluctuationMissing,
          ];
  return { decision, missing };
}
