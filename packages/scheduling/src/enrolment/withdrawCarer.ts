import { checkArgument, ok, type Result } from "@carerkit/core";
import type { SchedulingIssue } from "../errors.ts";
import { fail } from "../_lib/issue.ts";
import { checkCohortShape } from "../_lib/guard/checkCohortShape.ts";
import { returnIssue } from "../_lib/guard/returnIssue.ts";
import type { Cohort } from "./types.ts";

/**
 * The outcome of {@link withdrawCarer}.
 *
 * @example
 * const outcome: Withdrawal = { cohort, promoted: "c-13" };
 */
export interface Withdrawal {
  readonly cohort: Cohort;
  /** The carer moved from the waiting list into the freed place, if any. */
  readonly promoted?: string | undefined;
}

/**
 * Withdraws a carer. A freed place goes to the first carer on the waiting list.
 *
 * @param cohort - The cohort (not changed).
 * @param carerId - The carer's pseudonymous id.
 * @returns The new cohort and who was promoted, or `not_enrolled`.
 * @example
 * const result = withdrawCarer(cohort, "c-3");
 * if (result.success) result.data.promoted; //=> "c-13"
 */
export function withdrawCarer(
  cohort: Cohort,
  carerId: string,
): Result<Withdrawal, SchedulingIssue> {
  const bad = returnIssue(() => {
    checkCohortShape("withdrawCarer", cohort);
    checkArgument("withdrawCarer", { carerId }, "string");
  });
  if (bad !== undefined) return bad;
  if (cohort.waitingList.includes(carerId))
    return ok({
      cohort: { ...cohort, waitingList: cohort.waitingList.filter((id) => id !== carerId) },
    });
  if (!cohort.enrolled.includes(carerId))
    return fail("not_enrolled", "carerId: this carer is not enrolled or waiting", ["carerId"]);
  const enrolled = cohort.enrolled.filter((id) => id !== carerId);
  const [promoted, ...waitingList] = cohort.waitingList;
  if (promoted === undefined || enrolled.length >= cohort.capacity)
    return ok({ cohort: { ...cohort, enrolled } });
  return ok({ cohort: { ...cohort, enrolled: [...enrolled, promoted], waitingList }, promoted });
}
