import { match } from "ts-pattern";
import {
  CARER_OUTCOMES,
  UNABLE_MEANINGS,
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

type Finding = ConditionFinding["finding"];

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

function assessOutcome(
  outcome: (typeof CARER_OUTCOMES)[number],
  answer: CarerOutcomeAnswer | undefined,
): { finding: "unable" | "able" | "unknown"; meanings: UnableMeaning[]; missing: MissingAnswer[] } {
  const a = answer ?? {};
  const meanings: UnableMeaning[] = [];
  if (a.achievableWithoutAssistance === false) meanings.push("needs_assistance");
  else {
    if (a.causesSignificantPainDistressOrAnxiety === true)
      meanings.push("significant_pain_distress_or_anxiety");
    if (a.endangersHealthOrSafety === true) meanings.push("endangers_health_or_safety");
  }
  if (meanings.length > 0) return { finding: "unable", meanings, missing: [] };
  const missing: MissingAnswer[] = QUESTION_FIELDS.filter(([field]) => a[field] === undefined).map(
    ([field, reference, question]) => ({
      path: `outcomes.${outcome.id}.${field}`,
      question: `${question} (${outcome.label})?`,
      reference,
    }),
  );
  return { finding: missing.length === 0 ? "able" : "unknown", meanings, missing };
}

function and(findings: readonly Finding[]): Finding {
  if (findings.includes("not_met")) return "not_met";
  return findings.every((f) => f === "met") ? "met" : "unknown";
}

function fromBoolean(value: boolean | undefined): Finding {
  return value === undefined ? "unknown" : value ? "met" : "not_met";
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

  // Condition 1, reg. 3(1)(a).
  const necessary = and([fromBoolean(a.caringForAdult), fromBoolean(a.careIsNecessary)]);
  const necessaryMissing: MissingAnswer[] = [];
  if (a.caringForAdult === undefined)
    necessaryMissing.push({
      path: "caringForAdult",
      question: "Is the person the carer cares for an adult?",
      reference: "reg. 3(1)(a)",
    });
  if (a.careIsNecessary === undefined)
    necessaryMissing.push({
      path: "careIsNecessary",
      question: "Is the care the carer provides necessary care?",
      reference: "reg. 3(1)(a)",
    });

  // Condition 2, reg. 3(1)(b) with 3(2) and 3(3).
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
  const circumstances: Finding =
    health === true || unachieved.length > 0
      ? "met"
      : health === false && assessed.every((o) => o.finding === "able")
        ? "not_met"
        : "unknown";
  const circumstancesMissing: MissingAnswer[] =
    circumstances !== "unknown"
      ? []
      : [
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
          ...assessed.flatMap((o) => o.missing),
        ];

  // Condition 3, reg. 3(1)(c) with s.1(2).
  const areas = a.wellbeingAreasAffected ?? [];
  const impact: Finding =
    a.significantImpactOnWellbeing === false
      ? "not_met"
      : a.significantImpactOnWellbeing === true && areas.length > 0
        ? "met"
        : "unknown";
  const impactMissing: MissingAnswer[] = [];
  if (a.significantImpactOnWellbeing === undefined)
    impactMissing.push({
      path: "significantImpactOnWellbeing",
      question:
        "As a consequence, is there, or is there likely to be, a significant impact on the carer's well-being?",
      reference: "reg. 3(1)(c)",
    });
  if (impact === "unknown" && areas.length === 0)
    impactMissing.push({
      path: "wellbeingAreasAffected",
      question: "Which areas of the carer's well-being (Care Act 2014 s.1(2)) are affected?",
      reference: "s.1(2)",
    });

  // Fluctuating needs, reg. 3(4): must be settled before any decision.
  const fluctuationMissing: MissingAnswer[] = [];
  if (a.needsFluctuate === undefined)
    fluctuationMissing.push({
      path: "needsFluctuate",
      question: "Does the level of the carer's needs fluctuate?",
      reference: "reg. 3(4)",
    });
  else if (a.needsFluctuate && (a.fluctuationPeriodConsidered ?? "").trim() === "")
    fluctuationMissing.push({
      path: "fluctuationPeriodConsidered",
      question:
        "Over what period were the carer's circumstances considered, to establish the level of need accurately?",
      reference: "reg. 3(4)",
    });

  const findings: [Finding, Finding, Finding] = [necessary, circumstances, impact];
  const overall = and(findings);
  const decision: CarerEligibilityDetermination["decision"] =
    fluctuationMissing.length > 0
      ? "cannot_decide_yet"
      : match(overall)
          .with("met", () => "eligible" as const)
          .with("not_met", () => "not_eligible" as const)
          .with("unknown", () => "cannot_decide_yet" as const)
          .exhaustive();
  const missing =
    decision !== "cannot_decide_yet"
      ? []
      : overall === "not_met"
        ? fluctuationMissing
        : [
            ...(necessary === "unknown" ? necessaryMissing : []),
            ...circumstancesMissing,
            ...(impact === "unknown" ? impactMissing : []),
            ...fluctuationMissing,
          ];

  const conditions: ConditionFinding[] = [
    {
      condition: "necessary_care",
      reference: "reg. 3(1)(a)",
      finding: necessary,
      summary: match(necessary)
        .with("met", () => "The needs arise from providing necessary care for an adult.")
        .with("not_met", () =>
          a.caringForAdult === false
            ? "The person cared for is not an adult."
            : "The care provided is not necessary care.",
        )
        .with(
          "unknown",
          () => "Not yet known whether the needs arise from necessary care for an adult.",
        )
        .exhaustive(),
    },
    {
      condition: "circumstances",
      reference: "reg. 3(1)(b), 3(2)",
      finding: circumstances,
      summary: match(circumstances)
        .with(
          "met",
          () =>
            [
              health === true
                ? "the carer's health is deteriorating or at risk (reg. 3(2)(a))"
                : "",
              unachieved.length > 0
                ? `the carer is unable to achieve ${unachieved.length} outcome${unachieved.length === 1 ? "" : "s"}: ${unachieved.map((u) => `${CARER_OUTCOMES.find((o) => o.id === u.outcome)?.label ?? u.outcome} (${u.reference}; ${u.meaningReferences.join(", ")})`).join("; ")}`
                : "",
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
        .exhaustive(),
    },
    {
      condition: "significant_impact",
      reference: "reg. 3(1)(c), Care Act 2014 s.1(2)",
      finding: impact,
      summary: match(impact)
        .with(
          "met",
          () =>
            `There is, or is likely to be, a significant impact on the carer's well-being: ${areas.map((id) => WELLBEING_AREAS.find((w) => w.id === id)?.label ?? id).join("; ")}.`,
        )
        .with("not_met", () => "There is no significant impact on the carer's well-being.")
        .with("unknown", () => "Not yet known whether there is a significant impact on well-being.")
        .exhaustive(),
    },
  ];

  const wellbeingAreas = areas.map((area) => ({
    area,
    reference: WELLBEING_AREAS.find((w) => w.id === area)?.reference ?? "s.1(2)",
  }));
  const references = [
    "Care and Support (Eligibility Criteria) Regulations 2015 (SI 2015/313), reg. 3(1)",
    ...(health === true ? ["reg. 3(2)(a)"] : []),
    ...unachieved.flatMap((u) => [u.reference, ...u.meaningReferences]),
    ...(impact === "met"
      ? ["reg. 3(1)(c)", ...wellbeingAreas.map((w) => `Care Act 2014 ${w.reference}`)]
      : []),
    ...(a.needsFluctuate === true ? ["reg. 3(4)"] : []),
  ].filter((r, i, all) => all.indexOf(r) === i);

  const verdict = match(decision)
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

  return {
    decision,
    conditions,
    healthDeterioratingOrAtRisk: health,
    unachievedOutcomes: unachieved,
    wellbeingAreas,
    missing,
    references,
    explanation: `${verdict} ${conditions.map((c) => `${c.reference}: ${c.summary}`).join(" ")}${period}`,
  };
}
