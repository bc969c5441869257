import type { ArgumentCheck } from "./argumentProblem.ts";
import { field } from "./field.ts";

/** The checks of a FHIR function's options: absent, or a plain object whose `base` is a string. */
export function optionsChecks(options: unknown): ArgumentCheck[] {
  if (options === undefined) return [];
  const base = field(options, "base");
  return [
    [{ options }, "plain object"],
    ...(base === undefined ? [] : [[{ "options.base": base }, "string"] as const]),
  ];
}
