import { parseWithSchema } from "../_lib/parseWithSchema.ts";
import { SupportContactSchema, type SupportContact } from "./SupportContactSchema.ts";

/**
 * Checks unknown input and returns a typed {@link SupportContact} (support contact).
 *
 * @param input - Anything, typically parsed JSON.
 * @returns The support contact.
 * @throws {@link CarerKitError} `invalid_input` whose `issues` name every field that is wrong.
 * @example
 * const record = parseSupportContact(json);
 * record.kind; //=> "emotional"
 */
export function parseSupportContact(input: unknown): SupportContact {
  return parseWithSchema(SupportContactSchema, input, "SupportContact");
}
