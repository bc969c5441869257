import { describe, expect, it } from "vitest";
import { SYNTHETIC_GOAL } from "../__fixtures__/synthetic.ts";
import { parseGoal } from "./parseGoal.ts";
import { safeParseGoal } from "./safeParseGoal.ts";

describe("parseGoal and safeParseGoal", () => {
  it("accept a goal tied to a support-need domain", () => {
    expect(parseGoal(SYNTHETIC_GOAL).domain).toBe("breaks_from_caring");
  });

  it("require the date achieved for an achieved goal", () => {
    const result = safeParseGoal({ ...SYNTHETIC_GOAL, status: "achieved" });
    expect(!result.success && result.error[0]).toEqual({
      code: "achieved_without_date",
      message: 'achievedOn: expected the date achieved when status is "achieved", got nothing',
      path: ["achievedOn"],
    });
  });

  it("reject a target date before the goal was set", () => {
    const result = safeParseGoal({ ...SYNTHETIC_GOAL, targetDate: "2026-01-01" });
    expect(!result.success && result.error[0]?.code).toBe("end_before_start");
  });
});
