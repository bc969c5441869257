import { checkArgument, ok, type Result } from "@carerkit/core";
import type { SchedulingIssue } from "../errors.ts";
import { fail } from "../_lib/issue.ts";
import { checkCohortShape } from "../_lib/guard/checkCohortShape.ts";
import { returnIssue } from "../_lib/guard/returnIssue.ts";
import type { Cohort } from "./types.ts";

/**
 * The outcome of {@link enrolCarer}: the new cohort and whether the carer got a place.
 *
 * @example
 * const outcome: Enrolment = { cohort, status: "waitlisted", position: 2 };
 */
export interface Enrolment {
  readonly cohort: Cohort;
  readonly status: "enrolled" | "waitlisted";
  /** Place on the waiting list, from 1, when waitlisted. */
  readonly position?: number | undefined;
}

/**
 * Enrols a carer if there is room, otherwise adds them to the end of the waiting list.
 *
 * @param cohort - The cohort (not changed).
 * @param carerId - The carer's pseudonymous id.
 * @returns The new cohort and status, or `already_enrolled` when the carer is enrolled or waiting.
 * @example
 * const result = enrolCarer(cohort, "c-13");
 * if (result.success) result.data.status; //=> "waitlisted" when all 12 places are taken
 */
export function enrolCarer(cohort: Cohort, carerId: string): Result<Enrolment, SchedulingIssue> {
  const bad = returnIssue(() => {
    checkCohortShape("enrolCarer", cohort);
    checkArgument("enrolCarer", { carerId }, "string");
  });
  if (bad !== undefined) return bad;
  if (cohort.enrolled.includes(carerId) || cohort.waitingList.includes(carerId))
    return fail("already_enrolled", "carerId: this carer is already enrolled or waiting", [
      "carerId",
    ]);
  if (cohort.enrolled.length < cohort.capacity)
    return ok({
      cohort: { ...cohort, enrolled: [...cohort.enrolled, carerId] },
      status: "enrolled",
    });
  const waitingList = [...cohort.waitingList, carerId];
  return ok({
    cohort: { ...cohort, waitingList },
    status: "waitlisted",
    position: waitingList.length,
  });
}
