import { checkArgument, ok, type Result } from "@carerkit/core";
import type { SchedulingIssue } from "../errors.ts";
import { returnIssue } from "../_lib/guard/returnIssue.ts";
import type { Cohort } from "./types.ts";

/**
 * Starts an empty cohort for a programme with a capacity.
 *
 * @param programmeId - The programme the carers enrol in.
 * @param capacity - Most carers enrolled at once (a whole number ≥ 0).
 * @returns The empty cohort, or `invalid_argument` (a capacity that is not a count).
 * @example
 * createCohort("bt-spring", 12); //=> { success: true, data: { programmeId: "bt-spring", capacity: 12, enrolled: [], waitingList: [] } }
 */
export function createCohort(
  programmeId: string,
  capacity: number,
): Result<Cohort, SchedulingIssue> {
  const bad = returnIssue(() => {
    checkArgument("createCohort", { programmeId }, "string");
    checkArgument("createCohort", { capacity }, "count");
  });
  return bad ?? ok({ programmeId, capacity, enrolled: [], waitingList: [] });
}
