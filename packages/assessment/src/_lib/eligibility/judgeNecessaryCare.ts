import { match } from "ts-pattern";
import type { CarerEligibilityAnswers, MissingAnswer } from "../../eligibility/types.ts";
import { allOf, type Finding, fromBoolean, type JudgedCondition } from "./findings.ts";

/** Condition 1, reg. 3(1)(a): the needs arise from providing necessary care for an adult. */
export function judgeNecessaryCare(a: CarerEligibilityAnswers): JudgedCondition {
  const finding = allOf([fromBoolean(a.caringForAdult), fromBoolean(a.careIsNecessary)]);
  const missing: MissingAnswer[] = [];
  if (a.caringForAdult === undefined)
    missing.push({
      path: "caringForAdult",
      question: "Is the person the carer cares for an adult?",
      reference: "reg. 3(1)(a)",
    });
  if (a.careIsNecessary === undefined)
    missing.push({
      path: "careIsNecessary",
      question: "Is the care the carer provides necessary care?",
      reference: "reg. 3(1)(a)",
    });
  return { finding, missing };
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
