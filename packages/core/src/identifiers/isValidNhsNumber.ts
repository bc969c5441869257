import { checkFields } from "../_lib/checkFields.ts";
import { checkNhsNumber } from "../_lib/checkNhsNumber.ts";
import { checkArgument } from "../errors/checkArgument.ts";
import type { NhsNumberOptions } from "./NhsNumberOptions.ts";

/**
 * Tells whether a string is a valid NHS number: ten digits (optionally grouped 3-3-4 with spaces
 * or hyphens) whose last digit passes the modulus 11 check and which lies in an issued range (the
 * 999 test range only with `{ allowTestNumbers: true }`). Use {@link validateNhsNumber} to learn
 * what is wrong.
 *
 * @param input - The NHS number as typed.
 * @param options - `allowTestNumbers` to accept the 999 test range.
 * @returns `true` when the number is well formed, its check digit is right and it is in range.
 * @throws {@link CarerKitError} `invalid_argument` when `input` is not a string.
 * @example
 * isValidNhsNumber("400 000 0004"); //=> true
 * isValidNhsNumber("000 000 0000"); //=> false (passes modulus 11, but no range issues it)
 * isValidNhsNumber("999 000 0018", { allowTestNumbers: true }); //=> true
 */
export function isValidNhsNumber(input: string, options: NhsNumberOptions = {}): boolean {
  checkArgument("isValidNhsNumber", { input }, "string");
  checkFields("isValidNhsNumber", { options }, { allowTestNumbers: "boolean?" });
  return checkNhsNumber(input, options.allowTestNumbers === true).ok;
}
