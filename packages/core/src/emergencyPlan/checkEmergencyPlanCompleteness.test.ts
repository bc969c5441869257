import { describe, expect, it } from "vitest";
import { deepFreeze } from "../../../../scripts/test/deepFreeze.ts";
import { COMPLETE_PLAN, EMPTY_PLAN, PARTIAL_PLAN } from "../__fixtures__/emergencyPlans.ts";
import { checkEmergencyPlanCompleteness } from "./checkEmergencyPlanCompleteness.ts";
import { parseEmergencyPlan } from "./parseEmergencyPlan.ts";

describe("checkEmergencyPlanCompleteness", () => {
  it("finds nothing missing in a complete plan, with equipment confirmed as none", () => {
    expect(checkEmergencyPlanCompleteness(deepFreeze(parseEmergencyPlan(COMPLETE_PLAN)))).toEqual({
      complete: true,
      gaps: [],
      sectionsComplete: 7,
      sectionsTotal: 7,
    });
  });

  it("names each gap of a partial plan, in print order", () => {
    const found = checkEmergencyPlanCompleteness(deepFreeze(PARTIAL_PLAN));
    expect(found.complete).toBe(false);
    expect(found.gaps.map((g) => g.path)).toEqual([
      ["stepIn", 0, "phone"],
      ["medication", 0, "when"],
      ["routines"],
    ]);
    expect(found.gaps[0]?.message).toBe(
      "stepIn[0]: add a phone number or email, so they can be reached",
    );
    // stepIn, medication and routines have gaps; the other four are complete.
    expect(found.sectionsComplete).toBe(4);
  });

  it("names all seven sections of an empty plan", () => {
    const found = checkEmergencyPlanCompleteness(deepFreeze(parseEmergencyPlan(EMPTY_PLAN)));
    expect(found.gaps.map((g) => g.section)).toEqual([
      "stepIn",
      "medication",
      "routines",
      "preferences",
      "triggers",
      "equipment",
      "professionals",
    ]);
    expect(found.sectionsComplete).toBe(0);
    expect(found.gaps[1]?.message).toBe('medication: list the medicines, or confirm "none"');
  });

  it("accepts an empty list when the section is confirmed as none", () => {
    const plan = {
      ...COMPLETE_PLAN,
      medication: [],
      confirmedNone: ["equipment", "medication"] as const,
    };
    expect(checkEmergencyPlanCompleteness(parseEmergencyPlan(plan)).complete).toBe(true);
  });
});
