import { readAsOf } from "../_lib/readAsOf.ts";
import { PAST_DATE_FIELDS } from "../_lib/pastDateFields.ts";
import { parseWithSchema } from "../_lib/parseWithSchema.ts";
import type { ParseOptions } from "../result/ParseOptions.ts";
import { CheckInSchema, type CheckIn } from "./CheckInSchema.ts";

/**
 * Checks unknown input and returns a typed {@link CheckIn}, with its small wins.
 *
 * @param input - Anything, typically parsed JSON.
 * @param options - `asOf`, the reference date that date may not be after (`date_in_future`).
 * @returns The check-in.
 * @throws {@link CarerKitError} `invalid_input` whose `issues` name every field that is wrong.
 * @example
 * const checkIn = parseCheckIn(json);
 * checkIn.smallWins.length; //=> 1
 */
export function parseCheckIn(input: unknown, options: ParseOptions = {}): CheckIn {
  return parseWithSchema(CheckInSchema, input, {
    entity: "CheckIn",
    fn: "parseCheckIn",
    asOf: readAsOf("parseCheckIn", options) as string | undefined,
    fields: PAST_DATE_FIELDS.check_in,
  });
}
