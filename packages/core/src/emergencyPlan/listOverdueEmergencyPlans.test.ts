import { describe, expect, it } from "vitest";
import { deepFreeze } from "../../../../scripts/test/deepFreeze.ts";
import { isCarerKitError } from "../errors/isCarerKitError.ts";
import { COMPLETE_PLAN, EMPTY_PLAN, PARTIAL_PLAN } from "../__fixtures__/emergencyPlans.ts";
import { listOverdueEmergencyPlans } from "./listOverdueEmergencyPlans.ts";
import { safeParseEmergencyPlan } from "./safeParseEmergencyPlan.ts";

describe("listOverdueEmergencyPlans", () => {
  it("lists plans past review, most overdue first, and not one due today", () => {
    const plans = deepFreeze([COMPLETE_PLAN, EMPTY_PLAN, PARTIAL_PLAN]);
    // Partial: due 1 Oct → 30 + 23 = 53 days by 23 Nov; empty: due 22 Nov → 1 day.
    expect(listOverdueEmergencyPlans(plans, "2026-11-23")).toEqual([
      { planId: "plan-0002", carerId: "carer-0002", reviewOn: "2026-10-01", daysOverdue: 53 },
      { planId: "plan-0003", carerId: "carer-0003", reviewOn: "2026-11-22", daysOverdue: 1 },
    ]);
    expect(listOverdueEmergencyPlans(plans, "2026-11-22").map((p) => p.planId)).toEqual([
      "plan-0002",
    ]);
  });

  it("names asOf when it is not a date", () => {
    try {
      listOverdueEmergencyPlans([], "22/11/2026");
      expect.unreachable();
    } catch (error) {
      expect(isCarerKitError(error) && error.issues[0]?.path).toEqual(["asOf"]);
    }
  });

  it("is backed by a schema that refuses a review date before the update", () => {
    const result = safeParseEmergencyPlan({ ...COMPLETE_PLAN, reviewOn: "2026-01-01" });
    expect(!result.success && result.error[0]).toMatchObject({
      code: "end_before_start",
      path: ["reviewOn"],
    });
  });
});
