import type { CarerEligibilityAnswers, MissingAnswer } from "../../eligibility/types.ts";

/**
 * Reg. 3(4): whether needs fluctuate, and if so over what period circumstances were
 * considered, must be settled before any decision. Returns what is still missing.
 */
export function checkFluctuation(a: CarerEligibilityAnswers): MissingAnswer[] {
  const missing: MissingAnswer[] = [];
  if (a.needsFluctuate === undefined)
    missing.push({
      path: "needsFluctuate",
      question: "Does the level of the carer's needs fluctuate?",
      reference: "reg. 3(4)",
    });
  else if (a.needsFluctuate && (a.fluctuationPeriodConsidered ?? "").trim() === "")
    missing.push({
      path: "fluctuationPeriodConsidered",
      question:
        "Over what period were the carer's circumstances considered, to establish the level of need accurately?",
      reference: "reg. 3(4)",
    });
  return missing;
}
