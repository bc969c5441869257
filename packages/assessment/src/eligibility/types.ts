import type { CarerOutcome, UnableMeaning, WellbeingArea } from "./careAct.ts";

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
 * A question not answered yet: its answer's path, the question to ask, and the regulation it serves.
 *
 * @example
 * const open: OpenAnswer = {
 *   path: "outcomes.nutrition.achievableWithoutAssistance",
 *   question: "Can the carer manage and maintain nutrition without assistance?",
 *   reference: "reg. 3(3)(a)",
 * };
 */
export interface OpenAnswer {
  /** The answer's path in {@link CarerEligibilityAnswers}. */
  readonly path: string;
  /** The question to ask. */
  readonly question: string;
  /** The regulation it serves. */
  readonly reference: string;
}

/**
 * An open answer that the decision still needs: one whose answer could change the outcome (or,
 * for reg. 3(4), that must be recorded before reg. 3(1)(b) and (c) can be relied on).
 *
 * @example
 * const missing: MissingAnswer = {
 *   path: "careIsNecessary",
 *   question: "Is the care the carer provides necessary care?",
 *   reference: "reg. 3(1)(a)",
 * };
 */
export type MissingAnswer = OpenAnswer;

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
  /** Eligible, not eligible, or cannot decide yet (answers missing that could change it). */
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
  /**
   * Answers still open that cannot change this decision (asking them changes nothing), listed
   * apart from `missing`; when no decision is possible yet, those the missing ones make moot.
   */
  readonly notNeeded: readonly OpenAnswer[];
  /** Every provision relied on. */
  readonly references: readonly string[];
  /** The decision in words, for the record and the carer's letter. */
  readonly explanation: string;
}
