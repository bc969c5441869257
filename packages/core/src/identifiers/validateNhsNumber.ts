import { argumentIssue, type ArgumentIssue } from "../_lib/argumentIssue.ts";
import { checkFields } from "../_lib/checkFields.ts";
import { checkNhsNumber } from "../_lib/checkNhsNumber.ts";
import { fieldIssue } from "../_lib/invalidInput.ts";
import { checkArgument } from "../errors/checkArgument.ts";
import { err, ok, type CarerKitIssue, type Result } from "../result/result.ts";
import type { NhsNumberOptions } from "./NhsNumberOptions.ts";

/**
 * Validates an NHS number and names the problem: wrong shape (`nhs_number_format`), a check
 * digit that fails the modulus 11 check of the NHS Data Dictionary (`nhs_number_check_digit`), or
 * a number outside the issued ranges (`nhs_number_range`): England, Wales and the Isle of Man
 * 400 000 000 0–499 999 999 9 and 600 000 000 0–799 999 999 9, Scotland's CHI 010 000 000 0–
 * 311 299 999 9, Northern Ireland's H&C 320 000 000 0–399 999 999 9. NHS England's test range,
 * 999 000 000 0–999 999 999 9, is accepted only with `{ allowTestNumbers: true }`. Accepts
 * `"4000000004"`, `"400 000 0004"` and `"400-000-0004"`, and returns the ten digits without
 * separators, the form NHS systems store.
 *
 * @param input - The NHS number as typed.
 * @param options - `allowTestNumbers` to accept the 999 test range.
 * @returns `{ success: true, data: "4000000004" }`, or an issue whose message names the
 * `nhsNumber` field and never repeats the number or any digit of it; `invalid_argument` when
 * `input` is not a string.
 * @example
 * validateNhsNumber("999 000 0018", { allowTestNumbers: true }); //=> { success: true, data: "9990000018" }
 * validateNhsNumber("999 000 0018").success; //=> false (code "nhs_number_range")
 * validateNhsNumber("999 000 0019").success; //=> false (code "nhs_number_check_digit")
 */
export function validateNhsNumber(
  input: string,
  options: NhsNumberOptions = {},
): Result<
  string,
  | CarerKitIssue<"nhs_number_format" | "nhs_number_check_digit" | "nhs_number_range">
  | ArgumentIssue<"invalid_argument">
> {
  const refused = argumentIssue(() => {
    checkArgument("validateNhsNumber", { input }, "string");
    checkFields("validateNhsNumber", { options }, { allowTestNumbers: "boolean?" });
  });
  if (refused) return err(refused as ArgumentIssue<"invalid_argument">);
  const checked = checkNhsNumber(input, options.allowTestNumbers === true);
  if (checked.ok) return ok(checked.value);
  return err(fieldIssue("nhsNumber", checked.code, checked.detail));
}
