import { checkEach, checkFields } from "./checkFields.ts";

/** Checks a list of key worker assignments as the casework functions read them, in one pass. */
export function checkAssignments(fn: string, assignments: unknown): void {
  checkEach(fn, { assignments }, (item, path) => {
    checkFields(
      fn,
      { [path]: item },
      {
        carerId: "string",
        workerId: "string",
        from: "string",
        until: "string?",
      },
    );
  });
}
