import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { deepFreeze } from "../../../../scripts/test/deepFreeze.ts";
import { CARER_OUTCOMES, WELLBEING_AREAS, type CarerOutcome } from "./careAct.ts";
import { determineCarerEligibility } from "./determineCarerEligibility.ts";
import type { CarerEligibilityAnswers, CarerOutcomeAnswer } from "./types.ts";

// Property tests for the three-valued logic: a decision is reached exactly when every way
// of answering the open questions leads to it. The reference is the definition itself (derived).

const maybe = fc.constantFrom(true, false, undefined);
const outcomeAnswer: fc.Arbitrary<CarerOutcomeAnswer> = fc.record({
  achievableWithoutAssistance: maybe,
  causesSignificantPainDistressOrAnxiety: maybe,
  endangersHealthOrSafety: maybe,
});
const AREA_IDS = WELLBEING_AREAS.map((w) => w.id);

/** Partial answers, weighted towards nearly complete ones so that decisions are common. */
const partialAnswers: fc.Arbitrary<CarerEligibilityAnswers> = fc.record({
  caringForAdult: maybe,
  careIsNecessary: maybe,
  healthDeterioratingOrAtRisk: maybe,
  outcomes: fc.option(
    fc.record(
      Object.fromEntries(CARER_OUTCOMES.map((o) => [o.id, outcomeAnswer])) as Record<
        CarerOutcome,
        fc.Arbitrary<CarerOutcomeAnswer>
      >,
      { requiredKeys: [] },
    ),
    { nil: undefined },
  ),
  significantImpactOnWellbeing: maybe,
  wellbeingAreasAffected: fc.option(fc.subarray(AREA_IDS, { minLength: 1 }), { nil: undefined }),
  needsFluctuate: maybe,
  fluctuationPeriodConsidered: fc.constantFrom("the last six months", undefined),
});

/** Every question that can be left open, as a way to answer it from a random source. */
type Completer = (a: CarerEligibilityAnswers, pick: () => boolean) => CarerEligibilityAnswers;

/** Fills every open answer, choosing each by `pick` (true, false, or a non-empty list). */
const complete: Completer = (a, pick) => {
  const choose = (v: boolean | undefined) => v ?? pick();
  const outcomes = Object.fromEntries(
    CARER_OUTCOMES.map((o) => {
      const x = a.outcomes?.[o.id] ?? {};
      return [
        o.id,
        {
          achievableWithoutAssistance: choose(x.achievableWithoutAssistance),
          causesSignificantPainDistressOrAnxiety: choose(x.causesSignificantPainDistressOrAnxiety),
          endangersHealthOrSafety: choose(x.endangersHealthOrSafety),
        },
      ];
    }),
  );
  return {
    caringForAdult: choose(a.caringForAdult),
    careIsNecessary: choose(a.careIsNecessary),
    healthDeterioratingOrAtRisk: choose(a.healthDeterioratingOrAtRisk),
    outcomes,
    significantImpactOnWellbeing: choose(a.significantImpactOnWellbeing),
    wellbeingAreasAffected: a.wellbeingAreasAffected ?? (pick() ? [AREA_IDS[0]!] : AREA_IDS),
    needsFluctuate: choose(a.needsFluctuate),
    fluctuationPeriodConsidered: a.fluctuationPeriodConsidered ?? "the last year",
  };
};

/** The decision with every open answer filled towards (or against) eligibility. */
function extreme(a: CarerEligibilityAnswers, towards: boolean) {
  // Every answer pushes one way: "no" to reg. 3(3)(a) and "yes" to the rest favour eligibility.
  const favour = (v: boolean | undefined, good: boolean) => v ?? (towards ? good : !good);
  const filled = complete(
    {
      ...a,
      caringForAdult: favour(a.caringForAdult, true),
      careIsNecessary: favour(a.careIsNecessary, true),
      healthDeterioratingOrAtRisk: favour(a.healthDeterioratingOrAtRisk, true),
      outcomes: Object.fromEntries(
        CARER_OUTCOMES.map((o) => {
          const x = a.outcomes?.[o.id] ?? {};
          return [
            o.id,
            {
              achievableWithoutAssistance: favour(x.achievableWithoutAssistance, false),
              causesSignificantPainDistressOrAnxiety: favour(
                x.causesSignificantPainDistressOrAnxiety,
                true,
              ),
              endangersHealthOrSafety: favour(x.endangersHealthOrSafety, true),
            },
          ];
        }),
      ),
      significantImpactOnWellbeing: favour(a.significantImpactOnWellbeing, true),
    },
    () => true,
  );
  return determineCarerEligibility(filled).decision;
}

/**
 * The records the rules require before a finding is relied on, which no answer can change:
 * reg. 3(4) (whether needs fluctuate, and the period considered), and the s.1(2) areas of a
 * significant impact. Their paths, when open.
 */
function openRecords(a: CarerEligibilityAnswers): string[] {
  return [
    ...(a.needsFluctuate === undefined ? ["needsFluctuate"] : []),
    ...(a.needsFluctuate === true && a.fluctuationPeriodConsidered === undefined
      ? ["fluctuationPeriodConsidered"]
      : []),
    ...(a.significantImpactOnWellbeing !== false && a.wellbeingAreasAffected === undefined
      ? ["wellbeingAreasAffected"]
      : []),
  ];
}

describe("determineCarerEligibility: decides exactly when the answers decide", () => {
  it("every completion of the open answers gives a decided result the same decision", () => {
    fc.assert(
      fc.property(partialAnswers, fc.infiniteStream(fc.boolean()), (a, bits) => {
        const d = determineCarerEligibility(deepFreeze(a));
        fc.pre(d.decision !== "cannot_decide_yet");
        // The rule is monotone in each answer, so the two extreme completions bound every other;
        // 20 random completions check that independently of the argument.
        expect([extreme(a, true), extreme(a, false)]).toEqual([d.decision, d.decision]);
        const source = bits[Symbol.iterator]();
        const pick = () => source.next().value as boolean;
        for (let k = 0; k < 20; k++)
          expect(determineCarerEligibility(complete(a, pick)).decision).toBe(d.decision);
        expect(d.missing).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it("cannot decide only when two completions differ, or while a required record is open", () => {
    fc.assert(
      fc.property(partialAnswers, (a) => {
        const d = determineCarerEligibility(a);
        fc.pre(d.decision === "cannot_decide_yet");
        const [best, worst] = [extreme(a, true), extreme(a, false)];
        if (best === worst) {
          // Every completion agrees: only a required record is holding the decision back.
          const records = openRecords(a);
          expect(d.missing.filter((m) => records.includes(m.path))).not.toEqual([]);
        } else expect([best, worst]).toEqual(["eligible", "not_eligible"]);
      }),
      { numRuns: 250 },
    );
  });

  it("with the records settled, cannot decide ⇒ two completions give different decisions", () => {
    fc.assert(
      fc.property(partialAnswers, fc.boolean(), (partial, fluctuates) => {
        const a = {
          ...partial,
          wellbeingAreasAffected: partial.wellbeingAreasAffected ?? [
            "social_and_economic_wellbeing",
          ],
          needsFluctuate: fluctuates,
          fluctuationPeriodConsidered: "the last six months",
        };
        const d = determineCarerEligibility(a);
        fc.pre(d.decision === "cannot_decide_yet");
        expect([extreme(a, true), extreme(a, false)]).toEqual(["eligible", "not_eligible"]);
      }),
      { numRuns: 250 },
    );
  });

  it("lists every open answer once, either as missing or as not needed", () => {
    fc.assert(
      fc.property(partialAnswers, (a) => {
        const d = determineCarerEligibility(a);
        const paths = [...d.missing, ...d.notNeeded].map((m) => m.path);
        expect(new Set(paths).size).toBe(paths.length);
        // Each listed path is really unanswered in the input.
        for (const path of paths) {
          const value = path
            .split(".")
            .reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], a);
          expect(value === undefined || (Array.isArray(value) && value.length === 0)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
