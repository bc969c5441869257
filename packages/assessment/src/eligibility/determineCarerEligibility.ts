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
import {
  WELLBEING_AREAS,
  type CarerOutcome,
  type UnableMeaning,
  type WellbeingArea,
} from "./careAct.ts";

/**
 * What the assessment found about one reg. 3(2)(b) outcome. Leave an answer out when it is not
 * known yet: it is then reported as missing, never assumed.
 *
 * @example
 * const answer: CarerOutcomeAnswer = {
 *   achievableWithoutAssistance: true,
 *   causesSignificantPainDistressOrAnxiety: true,
 *   endangersHealthOrSafety: false,
 * };
 */
export interface CarerOutcomeAnswer {
  /** Can the carer achieve the outcome without assistance? (`false` → reg. 3(3)(a)) */
  readonly achievableWithoutAssistance?: boolean | undefined;
  /** Does achieving it without assistance cause significant pain, distress or anxiety? (reg. 3(3)(b)) */
  readonly causesSignificantPainDistressOrAnxiety?: boolean | undefined;
  /** Does achieving it without assistance endanger, or is it likely to endanger, the health or safety of the carer or others? (reg. 3(3)(c)) */
  readonly endangersHealthOrSafety?: boolean | undefined;
}

/**
 * The practitioner's recorded answers from a carer's assessment (Care Act 2014 s.10), as the
 * input to the eligibility determination (s.13). Any answer may be left out while unknown.
 *
 * @example
 * const answers: CarerEligibilityAnswers = {
 *   caringForAdult: true,
 *   careIsNecessary: true,
 *   healthDeterioratingOrAtRisk: true,
 *   significantImpactOnWellbeing: true,
 *   wellbeingAreasAffected: ["health_and_emotional_wellbeing"],
 *   needsFluctuate: false,
 * };
 */
export interface CarerEligibilityAnswers {
  /** Is the person cared for an adult? (reg. 3(1)(a)) */
  readonly caringForAdult?: boolean | undefined;
  /** Is the care the carer provides necessary care? (reg. 3(1)(a)) It may be necessary even when the adult's own needs are not eligible. */
  readonly careIsNecessary?: boolean | undefined;
  /** Is the carer's physical or mental health deteriorating, or at risk of deteriorating? (reg. 3(2)(a)) */
  readonly healthDeterioratingOrAtRisk?: boolean | undefined;
  /** Findings for the eight outcomes of reg. 3(2)(b). */
  readonly outcomes?: Partial<Readonly<Record<CarerOutcome, CarerOutcomeAnswer>>> | undefined;
  /** As a consequence, is there, or is there likely to be, a significant impact on the carer's well-being? (reg. 3(1)(c)) */
  readonly significantImpactOnWellbeing?: boolean | undefined;
  /** The s.1(2) well-being areas the significant impact is on. */
  readonly wellbeingAreasAffected?: readonly WellbeingArea[] | undefined;
  /** Does the level of the carer's needs fluctuate? (reg. 3(4)) */
  readonly needsFluctuate?: boolean | undefined;
  /** When needs fluctuate: the period over which circumstances were considered, e.g. "the last 6 months". */
  readonly fluctuationPeriodConsidered?: string | undefined;
}

/**
 * What was found for one of the three conditions of reg. 3(1).
 *
 * @example
 * const finding: ConditionFinding = {
 *   condition: "necessary_care",
 *   reference: "reg. 3(1)(a)",
 *   finding: "met",
 *   summary: "The needs arise from providing necessary care for an adult.",
 * };
 */
export interface ConditionFinding {
  /** Which condition. */
  readonly condition: "necessary_care" | "circumstances" | "significant_impact";
  /** Where it is in the regulations. */
  readonly reference: string;
  /** `unknown` when answers are missing. */
  readonly finding: "met" | "not_met" | "unknown";
  /** One sentence on why. */
  readonly summary: string;
}

/**
 * An answer still needed before a decision can be made.
 *
 * @example
 * const missing: MissingAnswer = {
 *   path: "outcomes.nutrition.achievableWithoutAssistance",
 *   question: "Can the carer manage and maintain nutrition without assistance?",
 *   reference: "reg. 3(3)(a)",
 * };
 */
export interface MissingAnswer {
  /** The answer's path in {@link CarerEligibilityAnswers}. */
  readonly path: string;
  /** The question to ask. */
  readonly question: string;
  /** The regulation it serves. */
  readonly reference: string;
}

/**
 * An outcome the carer is unable to achieve, and in which of the reg. 3(3) senses.
 *
 * @example
 * const driver: UnachievedOutcome = {
 *   outcome: "recreational_activities",
 *   reference: "reg. 3(2)(b)(viii)",
 *   meanings: ["significant_pain_distress_or_anxiety"],
 *   meaningReferences: ["reg. 3(3)(b)"],
 * };
 */
export interface UnachievedOutcome {
  /** The outcome. */
  readonly outcome: CarerOutcome;
  /** Its reference, reg. 3(2)(b)(i)–(viii). */
  readonly reference: string;
  /** Why it counts as unable to achieve. */
  readonly meanings: readonly UnableMeaning[];
  /** The reg. 3(3) limbs. */
  readonly meaningReferences: readonly string[];
}

/**
 * The outcome of {@link determineCarerEligibility}: a recorded professional judgement, with
 * everything that drove it.
 *
 * @example
 * const d = determineCarerEligibility(answers);
 * if (d.decision === "cannot_decide_yet") d.missing.map((m) => m.question);
 */
export interface CarerEligibilityDetermination {
  /** Eligible, not eligible, or cannot decide yet (answers missing). */
  readonly decision: "eligible" | "not_eligible" | "cannot_decide_yet";
  /** The three conditions of reg. 3(1), each with its finding. */
  readonly conditions: readonly ConditionFinding[];
  /** Whether reg. 3(2)(a) (health deteriorating or at risk) applies. */
  readonly healthDeterioratingOrAtRisk: boolean | undefined;
  /** The reg. 3(2)(b) outcomes the carer is unable to achieve. */
  readonly unachievedOutcomes: readonly UnachievedOutcome[];
  /** The s.1(2) well-being areas the significant impact is on. */
  readonly wellbeingAreas: readonly { readonly area: WellbeingArea; readonly reference: string }[];
  /** Answers still needed for a decision (empty when decided). */
  readonly missing: readonly MissingAnswer[];
  /** Every provision relied on. */
  readonly references: readonly string[];
  /** The decision in words, for the record and the carer's letter. */
  readonly explanation: string;
}

/**
 * Determines whether a carer's needs meet the national eligibility criteria in England: the Care
 * and Support (Eligibility Criteria) Regulations 2015, reg. 3. All three conditions must hold:
 * (a) the needs arise from providing necessary care for an adult; (b) as a result the carer's
 * health is deteriorating or at risk, or the carer is unable to achieve any one of the eight
 * outcomes (unable meaning: needs assistance; or significant pain, distress or anxiety; or
 * endangers health or safety); and (c) as a consequence there is, or is likely to be, a
 * significant impact on well-being (s.1(2)). Where needs fluctuate, the period considered must
 * be recorded (reg. 3(4)) before any decision. Missing answers are never guessed: the result is
 * then `cannot_decide_yet`, listing exactly the answers still needed. This records a
 * practitioner's judgement; it does not replace it.
 *
 * @param answers - The assessment's findings; leave out what is not known yet.
 * @returns The decision, each condition's finding, the outcomes and well-being areas that drove
 *   it, the regulation references and any missing answers.
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
  const a: CarerEligibilityAnswers = typeof answers === "object" ? answers : {};
  const necessary = judgeNecessaryCare(a);
  const circumstances = judgeCircumstances(a);
  const impact = judgeSignificantImpact(a);
  const fluctuationMissing = checkFluctuation(a);
  const { decision, missing } = decideEligibility({
    necessary,
    circumstances,
    impact,
    fluctuationMissing,
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
    references: collectReferences(a, { unachieved, impact: impact.finding, wellbeingAreas }),
    explanation: explainDetermination(a, { decision, conditions, missing }),
  };
}
