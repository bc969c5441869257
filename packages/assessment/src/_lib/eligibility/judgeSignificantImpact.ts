import { match } from "ts-pattern";
import { WELLBEING_AREAS } from "../../eligibility/careAct.ts";
import type { CarerEligibilityAnswers, MissingAnswer } from "../../eligibility/types.ts";
import type { Finding, JudgedCondition } from "./findings.ts";

/**
 * Condition 3, reg. 3(1)(c) with s.1(2): as a consequence there is, or is likely to be, a
 * significant impact on well-being, in areas that must be named.
 */
export function judgeSignificantImpact(a: CarerEligibilityAnswers): JudgedCondition {
  const areas = a.wellbeingAreasAffected ?? [];
  const finding: Finding =
    a.significantImpactOnWellbeing === false
      ? "not_met"
      : a.significantImpactOnWellbeing === true && areas.length > 0
        ? "met"
        : "unknown";
  const missing: MissingAnswer[] = [];
  if (a.significantImpactOnWellbeing === undefined)
    missing.push({
      path: "significantImpactOnWellbeing",
      question:
        "As a consequence, is there, or is there likely to be, a significant impact on the carer's well-being?",
      reference: "reg. 3(1)(c)",
    });
  if (finding === "unknown" && areas.length === 0)
    missing.push({
      path: "wellbeingAreasAffected",
      question: "Which areas of the carer's well-being (Care Act 2014 s.1(2)) are affected?",
      reference: "s.1(2)",
    });
  return { finding, missing };
}

/** Condition 3 in one sentence, naming the areas affected. */
export function summariseSignificantImpact(
  finding: Finding,
  areas: NonNullable<CarerEligibilityAnswers["wellbeingAreasAffected"]>,
): string {
  return match(finding)
    .with(
      "met",
      () =>
        `There is, or is likely to be, a significant impact on the carer's well-being: ${areas.map((id) => WELLBEING_AREAS.find((w) => w.id === id)?.label ?? id).join("; ")}.`,
    )
    .with("not_met", () => "There is no significant impact on the carer's well-being.")
    .with("unknown", () => "Not yet known whether there is a significant impact on well-being.")
    .exhaustive();
}
