import { readAsOf } from "../_lib/readAsOf.ts";
import { PAST_DATE_FIELDS } from "../_lib/pastDateFields.ts";
import { safeParseWithSchema } from "../_lib/parseWithSchema.ts";
import type { ParseOptions } from "../result/ParseOptions.ts";
import type { ParseResult } from "../result/ParseResult.ts";
import { CarerSchema, type Carer } from "./CarerSchema.ts";

/**
 * Checks unknown input and returns a {@link Carer} or every problem found, without throwing.
 *
 * @param input - Anything.
 * @param options - `asOf`, the reference date that identifiedOn and dateOfBirth may not be after (`date_in_future`).
 * @returns `{ success: true, data }` or `{ success: false, error: issues }`, each issue naming
 * its field, e.g. `"postcode: expected a UK postcode such as \"EC1A 1BB\", got a string of 7 characters"`.
 * @example
 * const result = safeParseCarer(row);
 * if (!result.success) showErrors(result.error.map((issue) => issue.message));
 */
export function safeParseCarer(input: unknown, options: ParseOptions = {}): ParseResult<Carer> {
  return safeParseWithSchema(CarerSchema, input, {
    fn: "safeParseCarer",
    asOf: readAsOf("safeParseCarer", options) as string | undefined,
    fields: PAST_DATE_FIELDS.carer,
  });
}
