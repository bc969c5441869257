import { safeParseWithSchema } from "../_lib/parseWithSchema.ts";
import type { ParseResult } from "../result/ParseResult.ts";
import { CarerSchema, type Carer } from "./CarerSchema.ts";

/**
 * Checks unknown input and returns a {@link Carer} or every problem found, without throwing.
 *
 * @param input - Anything.
 * @returns `{ success: true, data }` or `{ success: false, error: issues }`, each issue naming
 * its field, e.g. `"postcode: expected a UK postcode such as \"EC1A 1BB\", got a string of 7 characters"`.
 * @example
 * const result = safeParseCarer(row);
 * if (!result.success) showErrors(result.error.map((issue) => issue.message));
 */
export function safeParseCarer(input: unknown): ParseResult<Carer> {
  return safeParseWithSchema(CarerSchema, input);
}
