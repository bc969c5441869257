import { parseWithSchema } from "../_lib/parseWithSchema.ts";
import { ConsentSchema, type Consent } from "./ConsentSchema.ts";

/**
 * Checks unknown input and returns a typed {@link Consent}, with a withdrawal never before it was given.
 *
 * @param input - Anything, typically parsed JSON.
 * @returns The consent.
 * @throws {@link CarerKitError} `invalid_input` whose `issues` name every field that is wrong.
 * @example
 * const consent = parseConsent(form);
 * canShare([consent], request, "2026-11-22T09:00:00Z").allowed;
 */
export function parseConsent(input: unknown): Consent {
  return parseWithSchema(ConsentSchema, input, "Consent");
}
