import { argumentIssue, type ArgumentIssue } from "../_lib/argumentIssue.ts";
import { checkAssignments } from "../_lib/checkAssignments.ts";
import { checkFields } from "../_lib/checkFields.ts";
import { checkDate } from "../_lib/dateSpan.ts";
import { fieldIssue } from "../_lib/invalidInput.ts";
import type { CoreIssueCode } from "../errors/CoreIssueCode.ts";
import { err, ok, type CarerKitIssue, type Result } from "../result/result.ts";
import type { KeyWorkerAssignment } from "./KeyWorkerAssignmentSchema.ts";

/**
 * Names a carer's key worker from a day, so that a carer has one key worker at a time: an open
 * assignment of the carer to another worker ends that day, and the new one starts. Naming the
 * worker the carer already has changes nothing. Returns a new list; the input is not changed.
 *
 * @param assignments - The existing assignments (other carers' are kept as they are).
 * @param next - The carer, the new key worker and the first day, `YYYY-MM-DD`.
 * @returns The assignments, or an issue: `invalid_argument` (a parameter or field of the wrong
 * shape, such as `next.from` not a real date), `out_of_span` (a date outside 1900–2200) or
 * `end_before_start` when the day is before the open assignment began.
 * @example
 * const result = assignKeyWorker([{ carerId: "c-1", workerId: "w-1", from: "2026-01-05" }], { carerId: "c-1", workerId: "w-2", from: "2026-03-02" });
 * if (result.success) result.data; //=> [{ carerId: "c-1", workerId: "w-1", from: "2026-01-05", until: "2026-03-02" }, { carerId: "c-1", workerId: "w-2", from: "2026-03-02" }]
 */
export function assignKeyWorker(
  assignments: readonly KeyWorkerAssignment[],
  next: Omit<KeyWorkerAssignment, "until">,
): Result<KeyWorkerAssignment[], CarerKitIssue<CoreIssueCode> | ArgumentIssue> {
  const refused = argumentIssue(() => {
    checkAssignments("assignKeyWorker", assignments);
    checkFields("assignKeyWorker", { next }, { carerId: "string", workerId: "string" });
    checkDate("assignKeyWorker", { "next.from": next.from }, "ISO date");
  });
  if (refused) return err(refused);
  const open = assignments.find((a) => a.carerId === next.carerId && a.until === undefined);
  if (open?.workerId === next.workerId) return ok([...assignments]);
  if (open !== undefined && next.from < open.from) {
    const detail = `expected a date on or after the open assignment's start ${open.from}`;
    return err(fieldIssue("from", "end_before_start", detail));
  }
  const ended = assignments.map((a) => (a === open ? { ...a, until: next.from } : a));
  return ok([...ended, { carerId: next.carerId, workerId: next.workerId, from: next.from }]);
}
