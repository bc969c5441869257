import { checkFluctuation } from "../_lib/eligibility/checkFluctuation.ts";
import { collectReferences } from "../_lib/eligibility/collectReferences.ts";
import { decideEligibility } from "../_lib/eligibility/decideEligibility.ts";
import { explainDetermination } from "../_lib/eligibility/explainDetermination.ts";
import {
  judgeCircumstances,
  summariseCircumstances,
} from "../_lib/eligibility/judgeCircumstances.ts";
import {
  judgeNecessaryCare,
  summariseNecessaryCare,
} from "../_lib/eligibility/judgeNecessaryCare.ts";
import {
  judgeSignificantImpact,
  summariseSignificantImpact,
} from "../_lib/eligibility/judgeSignificantImpact.ts";
import { WELLBEING_AREAS } from "./careAct.ts";
import type {
  CarerEligibilityAnswers,
  CarerEligibilityDetermination,
  ConditionFinding,
} from "./types.ts";
import { checkArguments } from "../_lib/arguments/checkArguments.ts";

/**
 * Determines whether a carer's needs meet the national eligibility criteria in England: the Care
 * and Support (Eligibility Criteria) Regulations 2015, reg. 3. All three conditions must hold:
 * (a) the needs arise from providing necessary care for an adult; (b) as a result the carer's
 * health is deteriorating or at risk, or the carer is unable to achieve any one of the eight
 * outcomes (unable meaning: needs assistance; or significant pain, distress or anxiety; or
 * endangers health or safety); and (c) as a consequence there is, or is likely to be, a
 * significant impact on well-being (s.1(2)). Answers are combined with Kleene three-valued
 * logic, so the law decides as soon as it can: one condition not met means not eligible, one
 * circumstance or unable-meaning that applies settles (b), whatever the missing answers would
 * say. Missing answers are never guessed: when they could change the outcome the result is
 * `cannot_decide_yet`, listing exactly those; answers still open that cannot change a decision
 * are listed apart, in `notNeeded`. Whether needs fluctuate, and if so the period considered
 * (reg. 3(4)), must be recorded before (b) and (c) are relied on; a decision on (a) alone does not
 * wait for it. This records a practitioner's judgement; it does not replace it.
 *
 * @param answers - The assessment's findings; leave out what is not known yet.
 * @returns The decision, each condition's finding, the outcomes and well-being areas that drove
 *   it, the regulation references, the answers still needed and those not needed.
 * @example
 * const d = determineCarerEligibility({
 *   caringForAdult: true,
 *   careIsNecessary: true,
 *   healthDeterioratingOrAtRisk: false,
 *   outcomes: { recreational_activities: { achievableWithoutAssistance: false } },
 *   significantImpactOnWellbeing: true,
 *   wellbeingAreasAffected: ["work_education_training_recreation"],
 *   needsFluctuate: false,
 * });
 * d.decision; //=> "eligible" (one outcome is enough for a carer)
 */
export function determineCarerEligibility(
  answers: CarerEligibilityAnswers,
): CarerEligibilityDetermination {
  checkArguments("determineCarerEligibility", [[{ answers }, "plain object"]]);
  const a: CarerEligibilityAnswers = typeof answers === "object" ? answers : {};
  const necessary = judgeNecessaryCare(a);
  const circumstances = judgeCircumstances(a);
  const impact = judgeSignificantImpact(a);
  const fluctuationOpen = checkFluctuation(a);
  const { decision, missing, notNeeded } = decideEligibility({
    necessary,
    circumstances,
    impact,
    fluctuationOpen,
  });
  const health = a.healthDeterioratingOrAtRisk;
  const areas = a.wellbeingAreasAffected ?? [];
  const conditions: ConditionFinding[] = [
    {
      condition: "necessary_care",
      reference: "reg. 3(1)(a)",
      finding: necessary.finding,
      summary: summariseNecessaryCare(necessary.finding, a),
    },
    {
      condition: "circumstances",
      reference: "reg. 3(1)(b), 3(2)",
      finding: circumstances.finding,
      summary: summariseCircumstances(circumstances, health),
    },
    {
      condition: "significant_impact",
      reference: "reg. 3(1)(c), Care Act 2014 s.1(2)",
      finding: impact.finding,
      summary: summariseSignificantImpact(impact.finding, areas),
    },
  ];
  const wellbeingAreas = areas.map((area) => ({
    area,
    reference: WELLBEING_AREAS.find((w) => w.id === area)?.reference ?? "s.1(2)",
  }));
  const unachieved = circumstances.unachieved;
  return {
    decision,
    conditions,
    healthDeterioratingOrAtRisk: health,
    unachievedOutcomes: unachieved,
    wellbeingAreas,
    missing,
    notNeeded,
    references: collectReferences(a, { unachieved, impact: impact.finding, wellbeingAreas }),
    explanation: explainDetermination(a, {
      decision,
      conditions,
      missing,
      notNeeded,
      levelOfNeedSettled: fluctuationOpen.length === 0,
    }),
  };
}
