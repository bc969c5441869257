import { omit } from "../__fixtures__/answers.ts";
import { describe, expect, it } from "vitest";
import { CARER_OUTCOMES } from "./careAct.ts";
import { determineCarerEligibility } from "./determineCarerEligibility.ts";
import type { CarerEligibilityAnswers, CarerOutcomeAnswer } from "./types.ts";

const ABLE: CarerOutcomeAnswer = {
  achievableWithoutAssistance: true,
  causesSignificantPainDistressOrAnxiety: false,
  endangersHealthOrSafety: false,
};
/** The three reg. 3(3) answers of every outcome, in order. */
const OUTCOME_PATHS = CARER_OUTCOMES.flatMap((o) => [
  `outcomes.${o.id}.achievableWithoutAssistance`,
  `outcomes.${o.id}.causesSignificantPainDistressOrAnxiety`,
  `outcomes.${o.id}.endangersHealthOrSafety`,
]);
const allAble = Object.fromEntries(CARER_OUTCOMES.map((o) => [o.id, ABLE]));

/** Every condition met through reg. 3(2)(a) alone, every outcome achievable. */
const ELIGIBLE: CarerEligibilityAnswers = {
  caringForAdult: true,
  careIsNecessary: true,
  healthDeterioratingOrAtRisk: true,
  outcomes: allAble,
  significantImpactOnWellbeing: true,
  wellbeingAreasAffected: ["health_and_emotional_wellbeing"],
  needsFluctuate: false,
};

describe("determineCarerEligibility: the research vectors", () => {
  it("is eligible with necessary care, health at risk, no outcomes and a significant impact", () => {
    const d = determineCarerEligibility({ ...ELIGIBLE, outcomes: undefined });
    expect(d.decision).toBe("eligible");
    expect(d.conditions.map((c) => c.finding)).toEqual(["met", "met", "met"]);
    expect(d.references).toContain("reg. 3(2)(a)");
    expect(d.missing).toEqual([]);
  });

  it("is eligible with health fine and one outcome unable: one outcome is enough for a carer", () => {
    const d = determineCarerEligibility({
      ...ELIGIBLE,
      healthDeterioratingOrAtRisk: false,
      outcomes: { ...allAble, recreational_activities: { achievableWithoutAssistance: false } },
      wellbeingAreasAffected: ["work_education_training_recreation"],
    });
    expect(d.decision).toBe("eligible");
    expect(d.unachievedOutcomes).toEqual([
      {
        outcome: "recreational_activities",
        reference: "reg. 3(2)(b)(viii)",
        meanings: ["needs_assistance"],
        meaningReferences: ["reg. 3(3)(a)"],
      },
    ]);
  });

  it("is not eligible when care is not necessary, though everything else holds (fails 3(1)(a))", () => {
    const d = determineCarerEligibility({ ...ELIGIBLE, careIsNecessary: false });
    expect(d.decision).toBe("not_eligible");
    expect(d.conditions.map((c) => c.finding)).toEqual(["not_met", "met", "met"]);
    expect(d.explanation).toMatch(
      /^The carer's needs do not meet the eligibility criteria: reg. 3\(1\)\(a\) not met\./,
    );
  });

  it("is not eligible with three outcomes unable but no significant impact (fails 3(1)(c))", () => {
    const d = determineCarerEligibility({
      ...ELIGIBLE,
      healthDeterioratingOrAtRisk: false,
      outcomes: {
        ...allAble,
        nutrition: { achievableWithoutAssistance: false },
        relationships: { achievableWithoutAssistance: false },
        habitable_home: { achievableWithoutAssistance: false },
      },
      significantImpactOnWellbeing: false,
      wellbeingAreasAffected: [],
    });
    expect(d.decision).toBe("not_eligible");
    expect(d.conditions.map((c) => c.finding)).toEqual(["met", "met", "not_met"]);
    expect(d.unachievedOutcomes).toHaveLength(3);
  });
});

describe("determineCarerEligibility: each condition failing alone", () => {
  it("fails 3(1)(a) when the person cared for is not an adult", () => {
    const d = determineCarerEligibility({ ...ELIGIBLE, caringForAdult: false });
    expect(d.decision).toBe("not_eligible");
    expect(d.conditions[0]).toMatchObject({
      finding: "not_met",
      summary: "The person cared for is not an adult.",
    });
  });

  it("fails 3(1)(b) when health is not at risk and every outcome is achievable", () => {
    const d = determineCarerEligibility({ ...ELIGIBLE, healthDeterioratingOrAtRisk: false });
    expect(d.decision).toBe("not_eligible");
    expect(d.conditions.map((c) => c.finding)).toEqual(["met", "not_met", "met"]);
  });

  it("fails 3(1)(c) when there is no significant impact on well-being", () => {
    const d = determineCarerEligibility({ ...ELIGIBLE, significantImpactOnWellbeing: false });
    expect(d.decision).toBe("not_eligible");
    expect(d.conditions.map((c) => c.finding)).toEqual(["met", "met", "not_met"]);
  });
});

describe("determineCarerEligibility: each of the eight outcomes is enough on its own", () => {
  it.each(CARER_OUTCOMES.map((o) => [o.id, o.reference]))("%s (%s)", (id, reference) => {
    const d = determineCarerEligibility({
      ...ELIGIBLE,
      healthDeterioratingOrAtRisk: false,
      outcomes: { ...allAble, [id]: { achievableWithoutAssistance: false } },
    });
    expect(d.decision).toBe("eligible");
    expect(d.unachievedOutcomes.map((u) => [u.outcome, u.reference])).toEqual([[id, reference]]);
    expect(d.references).toContain(reference);
  });
});

describe("determineCarerEligibility: the three meanings of 'unable to achieve' (reg. 3(3))", () => {
  it.each([
    [
      "needs assistance",
      { achievableWithoutAssistance: false },
      "needs_assistance",
      "reg. 3(3)(a)",
    ],
    [
      "significant pain, distress or anxiety",
      { ...ABLE, causesSignificantPainDistressOrAnxiety: true },
      "significant_pain_distress_or_anxiety",
      "reg. 3(3)(b)",
    ],
    [
      "endangers health or safety",
      { ...ABLE, endangersHealthOrSafety: true },
      "endangers_health_or_safety",
      "reg. 3(3)(c)",
    ],
  ] as const)("%s makes an outcome unachievable", (_, answer, meaning, reference) => {
    const d = determineCarerEligibility({
      ...ELIGIBLE,
      healthDeterioratingOrAtRisk: false,
      outcomes: { ...allAble, nutrition: answer },
    });
    expect(d.decision).toBe("eligible");
    expect(d.unachievedOutcomes[0]).toMatchObject({
      meanings: [meaning],
      meaningReferences: [reference],
    });
  });

  it("does not treat 'takes significantly longer' (an adult-only limb) as unable: achievable without pain or danger is achievable", () => {
    const d = determineCarerEligibility({
      ...ELIGIBLE,
      healthDeterioratingOrAtRisk: false,
      outcomes: allAble,
    });
    expect(d.unachievedOutcomes).toEqual([]);
    expect(d.decision).toBe("not_eligible");
  });
});

describe("determineCarerEligibility: never guesses from missing answers", () => {
  it("cannot decide with no answers, and lists every answer it needs", () => {
    const d = determineCarerEligibility({});
    expect(d.decision).toBe("cannot_decide_yet");
    expect(d.missing.map((m) => m.path)).toEqual([
      "caringForAdult",
      "careIsNecessary",
      "healthDeterioratingOrAtRisk",
      ...OUTCOME_PATHS,
      "significantImpactOnWellbeing",
      "wellbeingAreasAffected",
      "needsFluctuate",
    ]);
  });

  it("asks only about the outcome still open when health is fine and seven outcomes are achievable", () => {
    const seven = omit(allAble, "nutrition");
    const d = determineCarerEligibility({
      ...ELIGIBLE,
      healthDeterioratingOrAtRisk: false,
      outcomes: {
        ...seven,
        nutrition: { achievableWithoutAssistance: true, endangersHealthOrSafety: false },
      },
    });
    expect(d.decision).toBe("cannot_decide_yet");
    expect(d.missing).toEqual([
      {
        path: "outcomes.nutrition.causesSignificantPainDistressOrAnxiety",
        question:
          "Does achieving this without assistance cause the carer significant pain, distress or anxiety (managing and maintaining nutrition)?",
        reference: "reg. 3(3)(b)",
      },
    ]);
  });

  it("needs the well-being areas before accepting a significant impact", () => {
    const d = determineCarerEligibility({ ...ELIGIBLE, wellbeingAreasAffected: [] });
    expect(d.decision).toBe("cannot_decide_yet");
    expect(d.missing.map((m) => m.path)).toEqual(["wellbeingAreasAffected"]);
  });

  it("does not need outcome answers once health at risk settles condition 2", () => {
    const d = determineCarerEligibility({ ...ELIGIBLE, outcomes: {} });
    expect(d.decision).toBe("eligible");
  });

  it("decides not eligible as soon as the person cared for is not an adult, whatever else is open", () => {
    // reg. 3(1) needs all three conditions: one not met settles it (Kleene AND).
    const d = determineCarerEligibility({ caringForAdult: false });
    expect(d.decision).toBe("not_eligible");
    expect(d.missing).toEqual([]);
    // The other answers are still open, listed apart, never as missing.
    expect(d.notNeeded.map((m) => m.path)).toEqual([
      "careIsNecessary",
      "healthDeterioratingOrAtRisk",
      ...OUTCOME_PATHS,
      "significantImpactOnWellbeing",
      "wellbeingAreasAffected",
      "needsFluctuate",
    ]);
    expect(d.explanation).toMatch(
      /^The carer's needs do not meet the eligibility criteria: reg\. 3\(1\)\(a\) not met\. .* Not needed for this decision: 29 answers are still open \(careIsNecessary, /,
    );
  });

  it("settles an outcome as unable on significant pain before reg. 3(3)(a) is answered", () => {
    // Unable = not achievable OR pain OR danger (reg. 3(3)); (b) holds whichever way (a) goes.
    const d = determineCarerEligibility({
      ...ELIGIBLE,
      healthDeterioratingOrAtRisk: false,
      outcomes: { ...allAble, nutrition: { causesSignificantPainDistressOrAnxiety: true } },
    });
    expect(d.decision).toBe("eligible");
    expect(d.unachievedOutcomes.map((u) => [u.outcome, u.meaningReferences])).toEqual([
      ["nutrition", ["reg. 3(3)(b)"]],
    ]);
    expect(d.notNeeded.map((m) => m.path)).toEqual([
      "outcomes.nutrition.achievableWithoutAssistance",
      "outcomes.nutrition.endangersHealthOrSafety",
    ]);
  });

  it("does not ask about the well-being areas once there is no significant impact", () => {
    const d = determineCarerEligibility({
      ...ELIGIBLE,
      significantImpactOnWellbeing: false,
      wellbeingAreasAffected: undefined,
    });
    expect(d.decision).toBe("not_eligible");
    expect(d.notNeeded).toEqual([]);
  });
});

describe("determineCarerEligibility: reg. 3(4) before the level of need", () => {
  it("does not rely on (b) or (c) until it is known whether needs fluctuate", () => {
    const d = determineCarerEligibility({ ...ELIGIBLE, needsFluctuate: undefined });
    expect(d.decision).toBe("cannot_decide_yet");
    expect(d.missing.map((m) => m.path)).toEqual(["needsFluctuate"]);
    const noImpact = determineCarerEligibility({
      ...ELIGIBLE,
      significantImpactOnWellbeing: false,
      needsFluctuate: undefined,
    });
    expect(noImpact.decision).toBe("cannot_decide_yet");
    expect(noImpact.missing.map((m) => m.path)).toEqual(["needsFluctuate"]);
    expect(
      determineCarerEligibility({ ...ELIGIBLE, significantImpactOnWellbeing: false }).decision,
    ).toBe("not_eligible");
  });

  it("asks for (a) too while reg. 3(4) is open, since (a) alone could decide", () => {
    const d = determineCarerEligibility({
      ...ELIGIBLE,
      caringForAdult: undefined,
      significantImpactOnWellbeing: false,
      needsFluctuate: undefined,
    });
    expect(d.missing.map((m) => m.path)).toEqual(["caringForAdult", "needsFluctuate"]);
  });
});

describe("determineCarerEligibility: fluctuating needs (reg. 3(4))", () => {
  it("will not decide for fluctuating needs until the period considered is recorded", () => {
    const d = determineCarerEligibility({ ...ELIGIBLE, needsFluctuate: true });
    expect(d.decision).toBe("cannot_decide_yet");
    expect(d.missing.map((m) => [m.path, m.reference])).toEqual([
      ["fluctuationPeriodConsidered", "reg. 3(4)"],
    ]);
  });

  it("decides, and records the period, once it is given", () => {
    const d = determineCarerEligibility({
      ...ELIGIBLE,
      needsFluctuate: true,
      fluctuationPeriodConsidered: "the last six months",
    });
    expect(d.decision).toBe("eligible");
    expect(d.references).toContain("reg. 3(4)");
    expect(d.explanation).toContain("considered over the last six months (reg. 3(4))");
  });
});
