import { match } from "ts-pattern";
import type {
  CarerEligibilityAnswers,
  CarerEligibilityDetermination,
  OpenAnswer,
} from "../../eligibility/types.ts";

/**
 * The decision in words, then each condition's summary, then the period if needs fluctuate,
 * then the answers still open that the decision does not need. While reg. 3(4) is unsettled only
 * reg. 3(1)(a) can decide, so only it is named as the condition not met.
 */
export function explainDetermination(
  a: CarerEligibilityAnswers,
  d: Pick<CarerEligibilityDetermination, "decision" | "conditions" | "missing" | "notNeeded"> & {
    readonly levelOfNeedSettled: boolean;
  },
): string {
  const { conditions, missing } = d;
  const verdict = match(d.decision)
    .with("eligible", () => "The carer's needs meet the eligibility criteria (reg. 3).")
    .with("not_eligible", () => {
      const failed = conditions
        .filter((c) => c.finding === "not_met")
        .filter((c) => d.levelOfNeedSettled || c.condition === "necessary_care")
        .map((c) => c.reference);
      return `The carer's needs do not meet the eligibility criteria: ${failed.join(" and ")} not met.`;
    })
    .with(
      "cannot_decide_yet",
      () => `No decision yet: ${count(missing)} missing (${paths(missing)}).`,
    )
    .exhaustive();
  const period =
    a.needsFluctuate === true && a.fluctuationPeriodConsidered !== undefined
      ? ` Needs fluctuate; circumstances were considered over ${a.fluctuationPeriodConsidered} (reg. 3(4)).`
      : "";
  const open =
    d.notNeeded.length === 0
      ? ""
      : ` Not needed for this decision: ${count(d.notNeeded)} still open (${paths(d.notNeeded)}).`;
  return `${verdict} ${conditions.map((c) => `${c.reference}: ${c.summary}`).join(" ")}${period}${open}`;
}

const count = (answers: readonly OpenAnswer[]): string =>
  `${answers.length} answer${answers.length === 1 ? " is" : "s are"}`;
const paths = (answers: readonly OpenAnswer[]): string => answers.map((m) => m.path).join(", ");
