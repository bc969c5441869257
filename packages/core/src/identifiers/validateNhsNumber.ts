import { checkNhsNumber } from "../_lib/checkNhsNumber.ts";
import { fieldIssue } from "../_lib/invalidInput.ts";
import { err, ok, type CarerKitIssue, type Result } from "../result/result.ts";

/**
 * Validates an NHS number and names the problem: wrong shape (`nhs_number_format`) or a check
 * digit that fails the modulus 11 check of the NHS Data Dictionary (`nhs_number_check_digit`).
 * Accepts `"9434765919"`, `"943 476 5919"` and `"943-476-5919"`, and returns the ten digits
 * without separators, the form NHS systems store.
 *
 * @param input - The NHS number as typed.
 * @returns `{ success: true, data: "9434765919" }`, or an issue whose message names the
 * `nhsNumber` field and never repeats the number.
 * @example
 * validateNhsNumber("943 476 5919"); //=> { success: true, data: "9434765919" }
 * validateNhsNumber("943 476 5918").success; //=> false (code "nhs_number_check_digit")
 */
export function validateNhsNumber(
  input: string,
): Result<string, CarerKitIssue<"nhs_number_format" | "nhs_number_check_digit">> {
  const checked = checkNhsNumber(input);
  if (checked.ok) return ok(checked.value);
  return err(fieldIssue("nhsNumber", checked.code, checked.detail));
}
