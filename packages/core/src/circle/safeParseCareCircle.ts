import { safeParseWithSchema } from "../_lib/parseWithSchema.ts";
import type { ParseResult } from "../result/ParseResult.ts";
import { CareCircleSchema, type CareCircle } from "./CareCircleSchema.ts";

/**
 * Checks unknown input and returns a care circle or every problem found, without throwing.
 *
 * @param input - Anything, typically parsed JSON.
 * @returns `{ success: true, data }` or `{ success: false, error: issues }`, each issue naming its field.
 * @example
 * const result = safeParseCareCircle({ id: "c-1", caredForId: "p-1", members: [{ kind: "cousin" }] });
 * result.success || result.error[0]?.path; //=> ["members", 0, "kind"]
 */
export function safeParseCareCircle(input: unknown): ParseResult<CareCircle> {
  return safeParseWithSchema(CareCircleSchema, input);
}
