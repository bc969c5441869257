import { parseWithSchema } from "../_lib/parseWithSchema.ts";
import { CaredForPersonSchema, type CaredForPerson } from "./CaredForPersonSchema.ts";

/**
 * Checks unknown input and returns a typed {@link CaredForPerson}, with the NHS number checked (modulus 11) and normalised.
 *
 * @param input - Anything, typically parsed JSON.
 * @returns The cared-for person.
 * @throws {@link CarerKitError} `invalid_input` whose `issues` name every field that is wrong.
 * @example
 * const person = parseCaredForPerson(record);
 * person.nhsNumber; //=> "9434765919" (normalised)
 */
export function parseCaredForPerson(input: unknown): CaredForPerson {
  return parseWithSchema(CaredForPersonSchema, input, "CaredForPerson");
}
