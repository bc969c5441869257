import type { CarerEligibilityAnswers, OpenAnswer } from "../../eligibility/types.ts";

/**
 * Reg. 3(4): whether needs fluctuate, and if so over what period circumstances were
 * considered, must be settled before the level of need (reg. 3(1)(b) and (c)) can be relied on.
 * Returns the answers still open.
 */
export function checkFluctuation(a: CarerEligibilityAnswers): OpenAnswer[] {
  const open: OpenAnswer[] = [];
  if (a.needsFluctuate === undefined)
    open.push({
      path: "needsFluctuate",
      question: "Does the level of the carer's needs fluctuate?",
      reference: "reg. 3(4)",
    });
  else if (a.needsFluctuate && (a.fluctuationPeriodConsidered ?? "").trim() === "")
    open.push({
      path: "fluctuationPeriodConsidered",
      question:
        "Over what period were the carer's circumstances considered, to establish the level of need accurately?",
      reference: "reg. 3(4)",
    });
  return open;
}
