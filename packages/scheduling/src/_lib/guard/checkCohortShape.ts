// The shapes of a cohort and an attendance register.
import {
  below,
  checkFields,
  checkOneOf,
  checkRecord,
  checkStrings,
  readField,
  type Where,
} from "./checkFields.ts";

/** The marks an attendance register holds. */
export const MARKS = ["attended", "apologies", "no_show"] as const;

/** Checks the shape of `fn`'s Cohort: ids, a count capacity and two lists of carer ids. */
export function checkCohortShape(fn: string, cohort: unknown): void {
  const where = { fn, path: "cohort" };
  checkFields(where, cohort, { programmeId: "string", capacity: "count" });
  for (const key of ["enrolled", "waitingList"])
    checkStrings(below(where, `.${key}`), readField(where, cohort as object, key));
}

/** Checks a record of attendance marks by carer id at `where`. */
export function checkMarks(where: Where, marks: unknown): void {
  checkRecord(where, marks, (at, mark) => {
    checkOneOf(at, mark, MARKS);
  });
}

/** Checks the shape of `fn`'s AttendanceRegister; absent is allowed when `optional`. */
export function checkRegisterShape(fn: string, register: unknown, optional = false): void {
  if (optional && register === undefined) return;
  const where = { fn, path: "register" };
  checkFields(where, register, { programmeId: "string" });
  const sessions = readField(where, register as object, "sessions");
  checkRecord(below(where, ".sessions"), sessions, checkMarks);
}
