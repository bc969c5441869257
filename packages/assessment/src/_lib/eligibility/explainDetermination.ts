import { match } from "ts-pattern";
import type {
  CarerEligibilityAnswers,
  CarerEligibilityDetermination,
} from "../../eligibility/types.ts";

/** The decision in words, then each condition's summary, then the period if needs fluctuate. */
export function explainDetermination(
  a: CarerEligibilityAnswers,
  d: Pick<CarerEligibilityDetermination, "decision" | "conditions" | "missing">,
): string {
  const { conditions, missing } = d;
  const verdict = match(d.decision)
    .with("eligible", () => "The carer's needs meet the eligibility criteria (reg. 3).")
    .with("not_eligible", () => {
      const failed = conditions.filter((c) => c.finding === "not_met").map((c) => c.reference);
      return `The carer's needs do not meet the eligibility criteria: ${failed.join(" and ")} not met.`;
    })
    .with(
      "cannot_decide_yet",
      () =>
        `No decision yet: ${missing.length} answer${missing.length === 1 ? " is" : "s are"} missing (${missing.map((m) => m.path).join(", ")}).`,
    )
    .exhaustive();
  const period =
    a.needsFluctuate === true && a.fluctuationPeriodConsidered !== undefined
      ? ` Needs fluctuate; circumstances were considered over ${a.fluctuationPeriodConsidered} (reg. 3(4)).`
      : "";
  return `${verdict} ${conditions.map((c) => `${c.reference}: ${c.summary}`).join(" ")}${period}`;
}
