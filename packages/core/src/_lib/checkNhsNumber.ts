import type { CoreIssueCode } from "../errors/CoreIssueCode.ts";
import { describeShape } from "./describeReceived.ts";

/** The outcome of checking one NHS number, before a field name is put in front of the detail. */
export type NhsNumberCheck =
  | { readonly ok: true; readonly value: string }
  | {
      readonly ok: false;
      readonly code: Extract<
        CoreIssueCode,
        "nhs_number_format" | "nhs_number_check_digit" | "nhs_number_range"
      >;
      readonly detail: string;
    };

const NHS_NUMBER = /^(\d{3})[ -]?(\d{3})[ -]?(\d{4})$/;

/**
 * The ten-digit ranges from which numbers are issued, inclusive (Wikipedia, "NHS number", section
 * "Format, number ranges, and check characters", citing NHS Digital; also the `nhs-number` crate
 * of NHS Wales, docs/ranges). England, Wales and the Isle of Man share 400 000 000 0–499 999 999 9
 * and 600 000 000 0–799 999 999 9; Scotland's CHI numbers are 010 000 000 0–311 299 999 9 (a
 * date of birth, so the first four digits are a day and month); Northern Ireland's Health and Care
 * numbers are 320 000 000 0–399 999 999 9.
 */
const ISSUED_RANGES: readonly (readonly [number, number])[] = [
  [100_000_000, 3_112_999_999],
  [3_200_000_000, 3_999_999_999],
  [4_000_000_000, 4_999_999_999],
  [6_000_000_000, 7_999_999_999],
];

/** NHS England's test range, valid by checksum and never issued to a patient (same sources). */
const TEST_RANGE = [9_990_000_000, 9_999_999_999] as const;

function inRange(value: number, [from, to]: readonly [number, number]): boolean {
  return value >= from && value <= to;
}

/**
 * Checks an NHS number (NHS Data Dictionary, "NHS NUMBER"): ten digits, optionally grouped 3-3-4
 * with spaces or hyphens, whose tenth digit is the modulus 11 check digit of the first nine
 * (weights 10 down to 2; 11 − remainder, where 11 becomes 0 and 10 means no valid number), and
 * which lies in an issued range (or, with `allowTestNumbers`, the 999 test range). Returns the ten
 * digits without separators. Neither the number nor any of its digits is ever put in the detail.
 */
export function checkNhsNumber(input: string, allowTestNumbers: boolean): NhsNumberCheck {
  const match = NHS_NUMBER.exec(input.trim());
  if (!match) {
    return {
      ok: false,
      code: "nhs_number_format",
      detail: `expected 10 digits, optionally grouped 3 3 4 ("999 000 0018"), got ${describeShape(input)}`,
    };
  }
  const digits = `${match[1] ?? ""}${match[2] ?? ""}${match[3] ?? ""}`;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const expected = (11 - (sum % 11)) % 11;
  if (expected === 10 || expected !== Number(digits[9])) {
    return {
      ok: false,
      code: "nhs_number_check_digit",
      detail:
        "expected a last digit that passes the modulus 11 check, got one that fails it (the number is mistyped)",
    };
  }
  const value = Number(digits);
  const testNumber = inRange(value, TEST_RANGE);
  if (!(ISSUED_RANGES.some((range) => inRange(value, range)) || (allowTestNumbers && testNumber))) {
    const detail = testNumber
      ? "expected a number from an issued range, got one from the 999 test range (pass { allowTestNumbers: true } to accept it)"
      : "expected a number from an issued range (England, Wales and the Isle of Man 400–499 and 600–799, Scotland 010–311, Northern Ireland 320–399), got one outside them";
    return { ok: false, code: "nhs_number_range", detail };
  }
  return { ok: true, value: digits };
}
