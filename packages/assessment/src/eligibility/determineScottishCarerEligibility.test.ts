import { describe, expect, it } from "vitest";
import { determineScottishCarerEligibility } from "./determineScottishCarerEligibility.ts";
import { SCOTTISH_ELIGIBILITY_INDICATORS, type ScottishImpactLevel } from "./scotland.ts";

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
    expect(determineScottishCarerEligibility({ life_balance: "critical" }, COUNCIL)).toMatchObject({
      decision: "eligible",
      missing: [],
    });
  });
});
