import type { CARER_OUTCOMES, UnableMeaning } from "../../eligibility/careAct.ts";
import type { CarerOutcomeAnswer, OpenAnswer } from "../../eligibility/types.ts";

const QUESTION_FIELDS = [
  ["achievableWithoutAssistance", "reg. 3(3)(a)", "Can the carer achieve this without assistance"],
  [
    "causesSignificantPainDistressOrAnxiety",
    "reg. 3(3)(b)",
    "Does achieving this without assistance cause the carer significant pain, distress or anxiety",
  ],
  [
    "endangersHealthOrSafety",
    "reg. 3(3)(c)",
    "Does achieving this without assistance endanger, or is it likely to endanger, the health or safety of the carer or of others",
  ],
] as const;

/** Whether the carer is unable to achieve one outcome (reg. 3(3)), why, and what is open. */
export interface OutcomeAssessment {
  readonly finding: "unable" | "able" | "unknown";
  readonly meanings: UnableMeaning[];
  /** The open answers that could change the finding (empty once it is known). */
  readonly missing: readonly OpenAnswer[];
  /** Every unanswered question of this outcome that applies, needed or not. */
  readonly open: readonly OpenAnswer[];
}

/**
 * Unable means needing assistance, or achieving it only with significant pain, distress or
 * anxiety, or only by endangering health or safety (reg. 3(3)). In Kleene logic that is
 * (not achievable) OR pain OR danger: (b) and (c) presuppose the carer is able without assistance,
 * and either limb settles "unable" whichever way (a) is answered. With (a) "no", the questions of
 * (b) and (c) do not arise.
 */
export function assessOutcome(
  outcome: (typeof CARER_OUTCOMES)[number],
  answer: CarerOutcomeAnswer | undefined,
): OutcomeAssessment {
  const a = answer ?? {};
  const meanings: UnableMeaning[] = [];
  if (a.achievableWithoutAssistance === false) meanings.push("needs_assistance");
  else {
    if (a.causesSignificantPainDistressOrAnxiety === true)
      meanings.push("significant_pain_distress_or_anxiety");
    if (a.endangersHealthOrSafety === true) meanings.push("endangers_health_or_safety");
  }
  const open: OpenAnswer[] =
    a.achievableWithoutAssistance === false
      ? []
      : QUESTION_FIELDS.filter(([field]) => a[field] === undefined).map(
          ([field, reference, question]) => ({
            path: `outcomes.${outcome.id}.${field}`,
            question: `${question} (${outcome.label})?`,
            reference,
          }),
        );
  const finding = meanings.length > 0 ? "unable" : open.length === 0 ? "able" : "unknown";
  return { finding, meanings, missing: finding === "unknown" ? open : [], open };
}
