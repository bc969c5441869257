import { parseWithSchema } from "../_lib/parseWithSchema.ts";
import { CarerSchema, type Carer } from "./CarerSchema.ts";

/**
 * Checks unknown input (JSON from a form, file or API) and returns a typed {@link Carer}, with
 * the postcode normalised.
 *
 * @param input - Anything.
 * @returns The carer.
 * @throws {@link CarerKitError} `invalid_input` whose `issues` name every field that is wrong.
 * @example
 * const carer = parseCarer(JSON.parse(body));
 * carer.status; //=> "active"
 */
export function parseCarer(input: unknown): Carer {
  return parseWithSchema(CarerSchema, input, "Carer");
}
