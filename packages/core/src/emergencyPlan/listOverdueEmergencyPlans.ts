import { checkEmergencyPlanShape } from "../_lib/checkEmergencyPlanShape.ts";
import { checkEach } from "../_lib/checkFields.ts";
import { readWorkingDate } from "../_lib/workingCalendar.ts";
import { toEpochDay } from "../_lib/epochDay.ts";
import type { EmergencyPlan } from "./EmergencyPlanSchema.ts";

/**
 * An emergency plan past its review date.
 *
 * @example
 * const overdue: OverdueEmergencyPlan = { planId: "plan-1", carerId: "carer-1", reviewOn: "2026-10-01", daysOverdue: 52 };
 */
export interface OverdueEmergencyPlan {
  readonly planId: string;
  readonly carerId: string;
  readonly reviewOn: string;
  /** Calendar days from the review date to `asOf`, at least 1. */
  readonly daysOverdue: number;
}

/**
 * The plans whose review date has passed on a given date, most overdue first. A plan due for
 * review on the day itself is not yet overdue.
 *
 * @param plans - Parsed plans.
 * @param asOf - The date to judge on, `YYYY-MM-DD` (passed in: there is no clock).
 * @returns The overdue plans, most overdue first, then by plan id.
 * @throws {@link CarerKitError} `invalid_input` naming `asOf`.
 * @example
 * listOverdueEmergencyPlans(plans, "2026-11-22").map((p) => p.planId); //=> ["plan-1"]
 */
export function listOverdueEmergencyPlans(
  plans: readonly EmergencyPlan[],
  asOf: string,
): OverdueEmergencyPlan[] {
  const fn = "listOverdueEmergencyPlans";
  checkEach(fn, { plans }, (plan, path) => {
    checkEmergencyPlanShape(fn, path, plan);
  });
  const today = readWorkingDate(fn, { asOf });
  return plans
    .map((plan) => ({
      planId: plan.id,
      carerId: plan.carerId,
      reviewOn: plan.reviewOn,
      daysOverdue: today - (toEpochDay(plan.reviewOn) ?? today),
    }))
    .filter((p) => p.daysOverdue > 0)
    .sort((a, b) => b.daysOverdue - a.daysOverdue || (a.planId < b.planId ? -1 : 1));
}
