import { ok, type Result } from "@carerkit/core";
import type { SchedulingIssue } from "../errors.ts";
import { fail } from "../_lib/issue.ts";
import type { Cohort } from "./types.ts";

/**
 * Starts an empty cohort for a programme with a capacity.
 *
 * @param programmeId - The programme the carers enrol in.
 * @param capacity - Most carers enrolled at once (a whole number ≥ 0).
 * @returns The empty cohort, or `invalid_input`.
 * @example
 * createCohort("bt-spring", 12); //=> { success: true, data: { programmeId: "bt-spring", capacity: 12, enrolled: [], waitingList: [] } }
 */
export function createCohort(
  programmeId: string,
  capacity: number,
): Result<Cohort, SchedulingIssue> {
  if (!Number.isInteger(capacity) || capacity < 0)
    return fail("invalid_input", `capacity: expected a whole number ≥ 0, got ${capacity}`, [
      "capacity",
    ]);
  return ok({ programmeId, capacity, enrolled: [], waitingList: [] });
}
