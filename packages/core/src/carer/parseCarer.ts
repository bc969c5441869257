import { readAsOf } from "../_lib/readAsOf.ts";
import { PAST_DATE_FIELDS } from "../_lib/pastDateFields.ts";
import { parseWithSchema } from "../_lib/parseWithSchema.ts";
import type { ParseOptions } from "../result/ParseOptions.ts";
import { CarerSchema, type Carer } from "./CarerSchema.ts";

/**
 * Checks unknown input (JSON from a form, file or API) and returns a typed {@link Carer}, with
 * the postcode normalised.
 *
 * @param input - Anything.
 * @param options - `asOf`, the reference date that identifiedOn and dateOfBirth may not be after (`date_in_future`).
 * @returns The carer.
 * @throws {@link CarerKitError} `invalid_input` whose `issues` name every field that is wrong;
 * `invalid_argument` when `options.asOf` is not a `YYYY-MM-DD` date.
 * @example
 * const carer = parseCarer(JSON.parse(body), { asOf: "2026-12-03" });
 * carer.status; //=> "active"
 */
export function parseCarer(input: unknown, options: ParseOptions = {}): Carer {
  return parseWithSchema(CarerSchema, input, {
    entity: "Carer",
    fn: "parseCarer",
    asOf: readAsOf("parseCarer", options) as string | undefined,
    fields: PAST_DATE_FIELDS.carer,
  });
}
