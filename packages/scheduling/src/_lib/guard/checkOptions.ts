// The options objects shared by the recurrence, planning and change functions.
import { invalidArgument } from "@carerkit/core";
import { SCHEDULING_LIMITS } from "../../limits/SCHEDULING_LIMITS.ts";
import { checkFields, checkStrings, readField, type FieldKind } from "./checkFields.ts";

/** The gap and overlap policies, as field kinds. */
export const POLICY_FIELDS = {
  nonexistentTime: { oneOf: ["skip", "shift"], optional: true },
  ambiguousTime: { oneOf: ["earlier", "later"], optional: true },
} as const satisfies Readonly<Record<string, FieldKind>>;

/** The options of expandRecurrence and the window queries. */
export const QUERY_OPTION_FIELDS = {
  ...POLICY_FIELDS,
  maxIterations: "count?",
} as const satisfies Readonly<Record<string, FieldKind>>;

/**
 * Checks an optional options object of `fn` (absent, or a plain object with the listed
 * fields), and its `maxIterations`, when listed, against `SCHEDULING_LIMITS.maxIterations`.
 */
export function checkOptions(
  fn: string,
  options: unknown,
  fields: Readonly<Record<string, FieldKind>>,
): void {
  if (options === undefined) return;
  checkFields({ fn, path: "options" }, options, fields);
  const budget = (options as { readonly maxIterations?: unknown }).maxIterations;
  if ("maxIterations" in fields && typeof budget === "number")
    if (budget > SCHEDULING_LIMITS.maxIterations)
      throw invalidArgument(
        fn,
        { "options.maxIterations": budget },
        `a count up to ${SCHEDULING_LIMITS.maxIterations.toLocaleString("en-GB")}`,
      );
}

/** Checks the shape of `fn`'s Recurrence (its values are checked by checkRecurrence). */
export function checkRecurrenceShape(fn: string, recurrence: unknown): void {
  const where = { fn, path: "recurrence" };
  checkFields(where, recurrence, { start: "string", zone: "string", rule: "string" });
  const exdates = readField(where, recurrence as object, "exdates");
  checkStrings({ fn, path: "recurrence.exdates" }, exdates, true);
}
