import { checkAssignments } from "../_lib/checkAssignments.ts";
import { readWorkingDate } from "../_lib/workingCalendar.ts";
import { checkArgument } from "../errors/checkArgument.ts";
import type { KeyWorkerAssignment } from "./KeyWorkerAssignmentSchema.ts";

/**
 * A worker's caseload on a day: the carers whose key worker they are then, sorted by carer id,
 * each once.
 *
 * @param assignments - Key worker assignments (any workers, any carers).
 * @param workerId - The worker.
 * @param asOf - The day, `YYYY-MM-DD`.
 * @returns The carer ids.
 * @throws {@link CarerKitError} `invalid_argument` naming the parameter (or assignment field)
 * with the wrong shape, `out_of_span` when `asOf` is outside 1900–2200.
 * @example
 * listCaseload([{ carerId: "c-1", workerId: "w-1", from: "2026-01-05" }], "w-1", "2026-03-02"); //=> ["c-1"]
 */
export function listCaseload(
  assignments: readonly KeyWorkerAssignment[],
  workerId: string,
  asOf: string,
): string[] {
  checkAssignments("listCaseload", assignments);
  checkArgument("listCaseload", { workerId }, "string");
  readWorkingDate("listCaseload", { asOf });
  const current = assignments.filter(
    (a) => a.workerId === workerId && a.from <= asOf && (a.until === undefined || asOf < a.until),
  );
  return [...new Set(current.map((a) => a.carerId))].sort();
}
