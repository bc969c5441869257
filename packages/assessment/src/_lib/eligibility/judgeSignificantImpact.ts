import { match } from "ts-pattern";
import { WELLBEING_AREAS } from "../../eligibility/careAct.ts";
import type { CarerEligibilityAnswers, OpenAnswer } from "../../eligibility/types.ts";
import { allOf, fromBoolean, judged, type Finding, type JudgedCondition } from "./findings.ts";

/**
 * Condition 3, reg. 3(1)(c) with s.1(2): as a consequence there is, or is likely to be, a
 * significant impact on well-being, in areas that must be named: Kleene AND of the impact and
 * the naming, so "no significant impact" settles it and the areas are then not asked.
 */
export function judgeSignificantImpact(a: CarerEligibilityAnswers): JudgedCondition {
  const named = (a.wellbeingAreasAffected ?? []).length > 0;
  const finding = allOf([fromBoolean(a.significantImpactOnWellbeing), named ? "met" : "unknown"]);
  const open: OpenAnswer[] = [];
  if (a.significantImpactOnWellbeing === undefined)
    open.push({
      path: "significantImpactOnWellbeing",
      question:
        "As a consequence, is there, or is there likely to be, a significant impact on the carer's well-being?",
      reference: "reg. 3(1)(c)",
    });
  if (!named && a.significantImpactOnWellbeing !== false)
    open.push({
      path: "wellbeingAreasAffected",
      question: "Which areas of the carer's well-being (Care Act 2014 s.1(2)) are affected?",
      reference: "s.1(2)",
    });
  return judged(finding, open);
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
