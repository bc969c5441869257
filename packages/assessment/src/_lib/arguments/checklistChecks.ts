import type { ArgumentCheck } from "./argumentProblem.ts";
import { eachOf } from "./eachOf.ts";
import { field } from "./field.ts";

/**
 * The checks of a checklist (a plain object with a `domains` array) and of each completed
 * checklist, named by its parameter (a plain object with an `answers` array).
 */
export function checklistChecks(
  checklist: unknown,
  completed: Readonly<Record<string, unknown>>,
): ArgumentCheck[] {
  return [
    [{ checklist }, "plain object"],
    [{ "checklist.domains": field(checklist, "domains") }, "array"],
    ...eachOf("checklist.domains", field(checklist, "domains"), "plain object"),
    ...Object.entries(completed).flatMap(([name, value]): ArgumentCheck[] => [
      [{ [name]: value }, "plain object"],
      [{ [`${name}.answers`]: field(value, "answers") }, "array"],
      ...eachOf(`${name}.answers`, field(value, "answers"), "plain object"),
    ]),
  ];
}
