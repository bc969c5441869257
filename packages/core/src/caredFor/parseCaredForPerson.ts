import { readAsOf } from "../_lib/readAsOf.ts";
import { PAST_DATE_FIELDS } from "../_lib/pastDateFields.ts";
import { parseWithSchema } from "../_lib/parseWithSchema.ts";
import type { ParseOptions } from "../result/ParseOptions.ts";
import { CaredForPersonSchema, type CaredForPerson } from "./CaredForPersonSchema.ts";

/**
 * Checks unknown input and returns a typed {@link CaredForPerson}, with the NHS number checked (modulus 11) and normalised.
 *
 * @param input - Anything, typically parsed JSON.
 * @param options - `asOf`, the reference date that dateOfBirth and diedOn may not be after (`date_in_future`).
 * @returns The cared-for person.
 * @throws {@link CarerKitError} `invalid_input` whose `issues` name every field that is wrong.
 * @example
 * const person = parseCaredForPerson(record);
 * person.nhsNumber; //=> "9434765919" (normalised)
 */
export function parseCaredForPerson(input: unknown, options: ParseOptions = {}): CaredForPerson {
  return parseWithSchema(CaredForPersonSchema, input, {
    entity: "CaredForPerson",
    fn: "parseCaredForPerson",
    asOf: readAsOf("parseCaredForPerson", options) as string | undefined,
    fields: PAST_DATE_FIELDS.cared_for_person,
  });
}
