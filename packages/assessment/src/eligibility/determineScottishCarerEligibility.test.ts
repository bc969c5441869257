import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { determineScottishCarerEligibility } from "./determineScottishCarerEligibility.ts";
import {
  SCOTTISH_ELIGIBILITY_INDICATORS,
  SCOTTISH_IMPACT_LEVELS,
  type ScottishEligibilityIndicator,
  type ScottishImpactLevel,
} from "./scotland.ts";

const all = (level: ScottishImpactLevel) =>
  Object.fromEntries(SCOTTISH_ELIGIBILITY_INDICATORS.map((i) => [i.id, level]));
const COUNCIL = { authority: "Example Council", threshold: "substantial" } as const;

describe("determineScottishCarerEligibility", () => {
  it("is eligible with health and wellbeing substantial and the rest low, at a substantial threshold", () => {
    const d = determineScottishCarerEligibility(
      { ...all("low"), health_and_wellbeing: "substantial" },
      COUNCIL,
    );
    expect(d.decision).toBe("eligible");
    expect(d.meetingThreshold).toEqual(["health_and_wellbeing"]);
    expect(d.highestLevel).toBe("substantial");
  });

  it("is not eligible with every indicator moderate at a substantial threshold", () => {
    const d = determineScottishCarerEligibility(all("moderate"), COUNCIL);
    expect(d.decision).toBe("not_eligible");
    expect(d.missing).toEqual([]);
  });

  it("follows the local threshold: the same levels are eligible where the threshold is moderate", () => {
    expect(
      determineScottishCarerEligibility(all("moderate"), { ...COUNCIL, threshold: "moderate" })
        .decision,
    ).toBe("eligible");
  });

  it("cannot decide while indicators are unrated and none reaches the threshold, and lists them", () => {
    const d = determineScottishCarerEligibility(
      { health_and_wellbeing: "low", finance: "moderate" },
      COUNCIL,
    );
    expect(d.decision).toBe("cannot_decide_yet");
    expect(d.missing).toEqual([
      "relationships",
      "living_environment",
      "employment_and_training",
      "life_balance",
      "future_planning",
    ]);
  });

  it("is eligible as soon as one indicator reaches the threshold, even with others unrated", () => {
    const d = determineScottishCarerEligibility({ life_balance: "critical" }, COUNCIL);
    expect(d).toMatchObject({ decision: "eligible", missing: [] });
    // The six unrated indicators cannot change the decision: listed apart, never as missing.
    expect(d.notNeeded).toEqual(
      SCOTTISH_ELIGIBILITY_INDICATORS.map((i) => i.id).filter((id) => id !== "life_balance"),
    );
    expect(d.explanation).toContain("Not needed for this decision: Health and wellbeing");
  });

  it("is eligible at a threshold of no impact whatever is rated, since every level reaches it", () => {
    const d = determineScottishCarerEligibility({}, { ...COUNCIL, threshold: "no_impact" });
    expect(d).toMatchObject({ decision: "eligible", missing: [], meetingThreshold: [] });
    expect(d.notNeeded).toHaveLength(7);
  });
});

const LEVELS = SCOTTISH_IMPACT_LEVELS.map((l) => l.id);
const INDICATORS = SCOTTISH_ELIGIBILITY_INDICATORS.map((i) => i.id);
type Levels = Partial<Record<ScottishEligibilityIndicator, ScottishImpactLevel>>;

/** Every way of rating the unrated indicators (at most 5^7 = 78,125; we cap the count rated). */
function completions(levels: Levels): Levels[] {
  return INDICATORS.filter((id) => levels[id] === undefined).reduce<Levels[]>(
    (all, id) => all.flatMap((partial) => LEVELS.map((level) => ({ ...partial, [id]: level }))),
    [levels],
  );
}

describe("determineScottishCarerEligibility: decides exactly when the ratings decide", () => {
  it("decided ⇒ every completion decides the same; cannot decide ⇒ two completions differ", () => {
    const partial = fc.record(
      Object.fromEntries(INDICATORS.map((id) => [id, fc.constantFrom(...LEVELS)])) as Record<
        ScottishEligibilityIndicator,
        fc.Arbitrary<ScottishImpactLevel>
      >,
      { requiredKeys: [] },
    );
    const threshold = fc.constantFrom(...LEVELS);
    fc.assert(
      fc.property(partial, threshold, (levels, t) => {
        // Enumerate completions only when few indicators are unrated (≤ 4: at most 625).
        fc.pre(INDICATORS.filter((id) => levels[id] === undefined).length <= 4);
        const criteria = { ...COUNCIL, threshold: t };
        const d = determineScottishCarerEligibility(levels, criteria);
        const outcomes = new Set(
          completions(levels).map((c) => determineScottishCarerEligibility(c, criteria).decision),
        );
        if (d.decision === "cannot_decide_yet") expect(outcomes.size).toBe(2);
        else expect([...outcomes]).toEqual([d.decision]);
        expect([...d.missing, ...d.notNeeded].sort()).toEqual(
          INDICATORS.filter((id) => levels[id] === undefined).sort(),
        );
      }),
      { numRuns: 300 },
    );
  });
});
