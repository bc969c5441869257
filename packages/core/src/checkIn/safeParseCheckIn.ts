import { readAsOf } from "../_lib/readAsOf.ts";
import { PAST_DATE_FIELDS } from "../_lib/pastDateFields.ts";
import { safeParseWithSchema } from "../_lib/parseWithSchema.ts";
import type { ParseOptions } from "../result/ParseOptions.ts";
import type { ParseResult } from "../result/ParseResult.ts";
import { CheckInSchema, type CheckIn } from "./CheckInSchema.ts";

/**
 * Checks unknown input and returns a check-in or every problem found, without throwing.
 *
 * @param input - Anything, typically parsed JSON.
 * @param options - `asOf`, the reference date that date may not be after (`date_in_future`).
 * @returns `{ success: true, data }` or `{ success: false, error: issues }`, each issue naming its field.
 * @example
 * const result = safeParseCheckIn({ ...checkIn, howAreYou: "fine" });
 * result.success || result.error[0]?.message;
 * //=> 'howAreYou: expected one of "struggling", ..., got "fine"'
 */
export function safeParseCheckIn(input: unknown, options: ParseOptions = {}): ParseResult<CheckIn> {
  return safeParseWithSchema(CheckInSchema, input, {
    fn: "safeParseCheckIn",
    asOf: readAsOf("safeParseCheckIn", options) as string | undefined,
    fields: PAST_DATE_FIELDS.check_in,
  });
}
