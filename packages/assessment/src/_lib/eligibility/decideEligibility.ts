import { match } from "ts-pattern";
import type { CarerEligibilityDetermination, OpenAnswer } from "../../eligibility/types.ts";
import { allOf, type JudgedCondition } from "./findings.ts";

/** The three conditions of reg. 3(1) as judged, and what reg. 3(4) still needs. */
export interface JudgedConditions {
  readonly necessary: JudgedCondition;
  readonly circumstances: JudgedCondition;
  readonly impact: JudgedCondition;
  /** The reg. 3(4) answers still open: whether needs fluctuate, and if so the period considered. */
  readonly fluctuationOpen: readonly OpenAnswer[];
}

/**
 * Kleene AND of the three conditions of reg. 3(1): not eligible as soon as one is not met,
 * eligible when all are met. Reg. 3(4) governs how the level of need is established, so until it
 * is settled the findings of (b) and (c) are provisional and decide nothing; (a), whether the
 * needs arise from necessary care for an adult, does not depend on it. `missing` holds the open
 * answers that could still change the outcome; every other open answer is `notNeeded`.
 */
export function decideEligibility(
  judged: JudgedConditions,
): Pick<CarerEligibilityDetermination, "decision" | "missing" | "notNeeded"> {
  const { necessary, circumstances, impact, fluctuationOpen } = judged;
  const levelOfNeed = allOf([circumstances.finding, impact.finding]);
  const settled = fluctuationOpen.length === 0;
  const overall = allOf([necessary.finding, settled ? levelOfNeed : "unknown"]);
  const decision = match(overall)
    .with("met", () => "eligible" as const)
    .with("not_met", () => "not_eligible" as const)
    .with("unknown", () => "cannot_decide_yet" as const)
    .exhaustive();
  const missing =
    decision !== "cannot_decide_yet"
      ? []
      : [
          ...necessary.missing,
          ...(levelOfNeed === "unknown" ? [...circumstances.missing, ...impact.missing] : []),
          ...fluctuationOpen,
        ];
  const needed = new Set(missing.map((m) => m.path));
  const notNeeded = [
    ...necessary.open,
    ...circumstances.open,
    ...impact.open,
    ...fluctuationOpen,
  ].filter((m) => !needed.has(m.path));
  return { decision, missing, notNeeded };
}
