import { match } from "ts-pattern";
import type { CarerEligibilityAnswers, OpenAnswer } from "../../eligibility/types.ts";
import { allOf, type Finding, fromBoolean, judged, type JudgedCondition } from "./findings.ts";

/**
 * Condition 1, reg. 3(1)(a): the needs arise from providing necessary care for an adult, both
 * parts combined with Kleene AND ("not an adult" settles it whatever the other answer).
 */
export function judgeNecessaryCare(a: CarerEligibilityAnswers): JudgedCondition {
  const finding = allOf([fromBoolean(a.caringForAdult), fromBoolean(a.careIsNecessary)]);
  const open: OpenAnswer[] = [];
  if (a.caringForAdult === undefined)
    open.push({
      path: "caringForAdult",
      question: "Is the person the carer cares for an adult?",
      reference: "reg. 3(1)(a)",
    });
  if (a.careIsNecessary === undefined)
    open.push({
      path: "careIsNecessary",
      question: "Is the care the carer provides necessary care?",
      reference: "reg. 3(1)(a)",
    });
  return judged(finding, open);
}

/** Condition 1 in one sentence. */
export function summariseNecessaryCare(finding: Finding, a: CarerEligibilityAnswers): string {
  return match(finding)
    .with("met", () => "The needs arise from providing necessary care for an adult.")
    .with("not_met", () =>
      a.caringForAdult === false
        ? "The person cared for is not an adult."
        : "The care provided is not necessary care.",
    )
    .with(
      "unknown",
      () => "Not yet known whether the needs arise from necessary care for an adult.",
    )
    .exhaustive();
}
