import type {
  CarerEligibilityAnswers,
  CarerEligibilityDetermination,
  UnachievedOutcome,
} from "../../eligibility/types.ts";
import type { Finding } from "./findings.ts";

/** The regulations and sections the determination rests on, each once, in order of use. */
export function collectReferences(
  a: CarerEligibilityAnswers,
  found: {
    readonly unachieved: readonly UnachievedOutcome[];
    readonly impact: Finding;
    readonly wellbeingAreas: CarerEligibilityDetermination["wellbeingAreas"];
  },
): string[] {
  return [
    "Care and Support (Eligibility Criteria) Regulations 2015 (SI 2015/313), reg. 3(1)",
    ...(a.healthDeterioratingOrAtRisk === true ? ["reg. 3(2)(a)"] : []),
    ...found.unachieved.flatMap((u) => [u.reference, ...u.meaningReferences]),
    ...(found.impact === "met"
      ? ["reg. 3(1)(c)", ...found.wellbeingAreas.map((w) => `Care Act 2014 ${w.reference}`)]
      : []),
    ...(a.needsFluctuate === true ? ["reg. 3(4)"] : []),
  ].filter((r, i, all) => all.indexOf(r) === i);
}
