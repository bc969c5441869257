import { parseWithSchema } from "../_lib/parseWithSchema.ts";
import { CareCircleSchema, type CareCircle } from "./CareCircleSchema.ts";

/**
 * Checks unknown input and returns a typed {@link CareCircle}, with each member's kind, role and visibility checked.
 *
 * @param input - Anything, typically parsed JSON.
 * @returns The care circle.
 * @throws {@link CarerKitError} `invalid_input` whose `issues` name every field that is wrong.
 * @example
 * const circle = parseCareCircle(body);
 * circle.members.map((m) => m.kind); //=> ["family", "professional"]
 */
export function parseCareCircle(input: unknown): CareCircle {
  return parseWithSchema(CareCircleSchema, input, "CareCircle");
}
