import { readAsOf } from "../_lib/readAsOf.ts";
import { PAST_DATE_FIELDS } from "../_lib/pastDateFields.ts";
import { safeParseWithSchema } from "../_lib/parseWithSchema.ts";
import type { ParseOptions } from "../result/ParseOptions.ts";
import type { ParseResult } from "../result/ParseResult.ts";
import { CaredForPersonSchema, type CaredForPerson } from "./CaredForPersonSchema.ts";

/**
 * Checks unknown input and returns a cared-for person or every problem found, without throwing.
 *
 * @param input - Anything, typically parsed JSON.
 * @param options - `asOf`, the reference date that dateOfBirth and diedOn may not be after (`date_in_future`).
 * @returns `{ success: true, data }` or `{ success: false, error: issues }`, each issue naming its field.
 * @example
 * const result = safeParseCaredForPerson({ id: "p-1", name: { full: "Pat Placeholder" }, nhsNumber: "943 476 5918", conditions: [] });
 * result.success || result.error[0]?.code; //=> "nhs_number_check_digit"
 */
export function safeParseCaredForPerson(
  input: unknown,
  options: ParseOptions = {},
): ParseResult<CaredForPerson> {
  return safeParseWithSchema(CaredForPersonSchema, input, {
    fn: "safeParseCaredForPerson",
    asOf: readAsOf("safeParseCaredForPerson", options) as string | undefined,
    fields: PAST_DATE_FIELDS.cared_for_person,
  });
}
