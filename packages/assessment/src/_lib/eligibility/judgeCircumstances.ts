import { match } from "ts-pattern";
import { CARER_OUTCOMES, UNABLE_MEANINGS } from "../../eligibility/careAct.ts";
import type {
  CarerEligibilityAnswers,
  OpenAnswer,
  UnachievedOutcome,
} from "../../eligibility/types.ts";
import { assessOutcome } from "./assessOutcome.ts";
import { anyOf, fromBoolean, judged, type Finding, type JudgedCondition } from "./findings.ts";

/** Condition 2's finding, what is missing, and the outcomes the carer cannot achieve. */
export interface JudgedCircumstances extends JudgedCondition {
  readonly unachieved: UnachievedOutcome[];
}

/**
 * Condition 2, reg. 3(1)(b) with 3(2) and 3(3): the carer's health is deteriorating or at risk,
 * or the carer is unable to achieve any one of the eight outcomes, combined with Kleene OR (one
 * circumstance that applies settles it, whatever the open answers of the others).
 */
export function judgeCircumstances(a: CarerEligibilityAnswers): JudgedCircumstances {
  const assessed = CARER_OUTCOMES.map((outcome) => ({
    outcome,
    ...assessOutcome(outcome, a.outcomes?.[outcome.id]),
  }));
  const unachieved: UnachievedOutcome[] = assessed
    .filter((o) => o.finding === "unable")
    .map((o) => ({
      outcome: o.outcome.id,
      reference: o.outcome.reference,
      meanings: o.meanings,
      meaningReferences: o.meanings.map(
        (m) => UNABLE_MEANINGS.find((u) => u.id === m)?.reference ?? "reg. 3(3)",
      ),
    }));
  const health = a.healthDeterioratingOrAtRisk;
  const finding: Finding = anyOf([
    fromBoolean(health),
    ...assessed.map((o) => OUTCOME_FINDING[o.finding]),
  ]);
  const open: OpenAnswer[] = [
    ...(health === undefined
      ? [
          {
            path: "healthDeterioratingOrAtRisk",
            question:
              "Is the carer's physical or mental health deteriorating, or at risk of deteriorating?",
            reference: "reg. 3(2)(a)",
          },
        ]
      : []),
    ...assessed.flatMap((o) => o.open),
  ];
  return { ...judged(finding, open), unachieved };
}

// "Unable to achieve an outcome" is a circumstance of reg. 3(2)(b) that applies.
const OUTCOME_FINDING = { unable: "met", able: "not_met", unknown: "unknown" } as const;

/** The unachieved outcomes in words, with their references. */
function describeUnachieved(unachieved: readonly UnachievedOutcome[]): string {
  return `the carer is unable to achieve ${unachieved.length} outcome${unachieved.length === 1 ? "" : "s"}: ${unachieved.map((u) => `${CARER_OUTCOMES.find((o) => o.id === u.outcome)?.label ?? u.outcome} (${u.reference}; ${u.meaningReferences.join(", ")})`).join("; ")}`;
}

/** Condition 2 in one sentence. */
export function summariseCircumstances(
  circumstances: JudgedCircumstances,
  health: boolean | undefined,
): string {
  const { unachieved } = circumstances;
  return match(circumstances.finding)
    .with(
      "met",
      () =>
        [
          health === true ? "the carer's health is deteriorating or at risk (reg. 3(2)(a))" : "",
          unachieved.length > 0 ? describeUnachieved(unachieved) : "",
        ]
          .filter((s) => s !== "")
          .join(", and ")
          .replace(/^./, (c) => c.toUpperCase()) + ".",
    )
    .with(
      "not_met",
      () =>
        "The carer's health is not deteriorating or at risk, and the carer can achieve all eight outcomes.",
    )
    .with("unknown", () => "Not yet known whether any reg. 3(2) circumstance applies.")
    .exhaustive();
}
