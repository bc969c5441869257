import { argumentIssue, type ArgumentIssue } from "../_lib/argumentIssue.ts";
import { checkPostcode } from "../_lib/checkPostcode.ts";
import { checkArgument } from "../errors/checkArgument.ts";
import { fieldIssue } from "../_lib/invalidInput.ts";
import { err, ok, type CarerKitIssue, type Result } from "../result/result.ts";

/**
 * Validates a UK postcode's format and returns it in the canonical form Royal Mail prints:
 * upper case, one space before the inward code (`"sw1a1aa"` → `"SW1A 1AA"`). Leading, trailing
 * and repeated inner white space is forgiven. Format only: it does not tell whether the postcode
 * is in use (that needs a postcode directory such as ONS's NSPL).
 *
 * Uses the `postcode` package by Ideal Postcodes for the format rules.
 *
 * @param input - The postcode as typed.
 * @returns `{ success: true, data: "SW1A 1AA" }`, or an issue with code `postcode_format` whose
 * message names the field and never repeats the postcode; `invalid_argument` when `input` is not a
 * string.
 * @example
 * normalisePostcode(" sw1a1aa "); //=> { success: true, data: "SW1A 1AA" }
 * normalisePostcode("SW1A 1A").success; //=> false
 */
export function normalisePostcode(
  input: string,
): Result<string, CarerKitIssue<"postcode_format"> | ArgumentIssue<"invalid_argument">> {
  const refused = argumentIssue(() => {
    checkArgument("normalisePostcode", { input }, "string");
  });
  if (refused) return err(refused as ArgumentIssue<"invalid_argument">);
  const checked = checkPostcode(input);
  if (checked.ok) return ok(checked.value);
  return err(fieldIssue("postcode", "postcode_format", checked.detail));
}
