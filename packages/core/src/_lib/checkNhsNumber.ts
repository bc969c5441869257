import type { CoreIssueCode } from "../errors/CoreIssueCode.ts";
import { describeShape } from "./describeReceived.ts";

/** The outcome of checking one NHS number, before a field name is put in front of the detail. */
export type NhsNumberCheck =
  | { readonly ok: true; readonly value: string }
  | {
      readonly ok: false;
      readonly code: Extract<CoreIssueCode, "nhs_number_format" | "nhs_number_check_digit">;
      readonly detail: string;
    };

const NHS_NUMBER = /^(\d{3})[ -]?(\d{3})[ -]?(\d{4})$/;

/**
 * Checks an NHS number (NHS Data Dictionary, "NHS NUMBER"): ten digits, optionally grouped 3-3-4
 * with spaces or hyphens, whose tenth digit is the modulus 11 check digit of the first nine
 * (weights 10 down to 2; 11 − remainder, where 11 becomes 0 and 10 means no valid number).
 * Returns the ten digits without separators. The number itself is never put in the detail.
 */
export function checkNhsNumber(input: string): NhsNumberCheck {
  const match = NHS_NUMBER.exec(input.trim());
  if (!match) {
    return {
      ok: false,
      code: "nhs_number_format",
      detail: `expected 10 digits, optionally grouped 3 3 4 ("943 476 5919"), got ${describeShape(input)}`,
    };
  }
  const digits = `${match[1] ?? ""}${match[2] ?? ""}${match[3] ?? ""}`;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const expected = (11 - (sum % 11)) % 11;
  const actual = Number(digits[9]);
  if (expected === 10) {
    return {
      ok: false,
      code: "nhs_number_check_digit",
      detail: "expected a number that can pass modulus 11, got one that cannot (it is mistyped)",
    };
  }
  if (expected !== actual) {
    return {
      ok: false,
      code: "nhs_number_check_digit",
      detail: `expected check digit ${expected} (modulus 11), got ${actual} (the number is mistyped)`,
    };
  }
  return { ok: true, value: digits };
}
