import { checkNhsNumber } from "../_lib/checkNhsNumber.ts";

/**
 * Tells whether a string is a valid NHS number: ten digits (optionally grouped 3-3-4 with spaces
 * or hyphens) whose last digit passes the modulus 11 check. Use {@link validateNhsNumber} to learn
 * what is wrong.
 *
 * @param input - The NHS number as typed.
 * @returns `true` when the number is well formed and its check digit is right.
 * @example
 * isValidNhsNumber("943 476 5919"); //=> true
 * isValidNhsNumber("943 476 5918"); //=> false
 */
export function isValidNhsNumber(input: string): boolean {
  return checkNhsNumber(input).ok;
}
