import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isValidNhsNumber } from "./isValidNhsNumber.ts";
import { validateNhsNumber } from "./validateNhsNumber.ts";

function modulus11(nine: string): number | undefined {
  const sum = Array.from(nine, Number).reduce((s, d, i) => s + d * (10 - i), 0);
  const check = (11 - (sum % 11)) % 11;
  return check === 10 ? undefined : check;
}

// The issued ranges, from Wikipedia's "NHS number" (Format, number ranges, and check characters,
// citing NHS Digital) and the nhs-number crate of NHS Wales (docs/ranges/README.md): England,
// Wales and the Isle of Man 400 000 000 0–499 999 999 9 and 600 000 000 0–799 999 999 9;
// Scotland (CHI) 010 000 000 0–311 299 999 9; Northern Ireland (H&C) 320 000 000 0–
// 399 999 999 9; and NHS England's test range 999 000 000 0–999 999 999 9, never issued.
// Each number below is the first or last in its range that passes modulus 11 (worked by hand
// with modulus11 above).
const FIRST_AND_LAST_IN_RANGE = [
  ["England, Wales and the Isle of Man", "4000000004", "4999999994"],
  ["England, Wales and the Isle of Man", "6000000006", "7999999997"],
  ["Scotland (CHI)", "0100000002", "3112999991"],
  ["Northern Ireland (H&C)", "3200000007", "3999999993"],
] as const;

// The nearest numbers just outside the ranges that still pass modulus 11.
const JUST_OUTSIDE = ["0099999994", "3113000009", "3199999999", "5000000005", "5999999995"];
const ALSO_OUTSIDE = ["8000000008", "9989999996", "9434765919", "0000000000"];

describe("validateNhsNumber and isValidNhsNumber", () => {
  it.each(FIRST_AND_LAST_IN_RANGE)("accept the first and last numbers issued for %s", (_, a, b) => {
    for (const number of [a, b]) {
      expect(modulus11(number.slice(0, 9))).toBe(Number(number[9]));
      expect(isValidNhsNumber(number)).toBe(true);
      expect(validateNhsNumber(number)).toEqual({ success: true, data: number });
    }
  });

  it.each(["400 000 0004", "400-000-0004", " 4000000004 "])(
    "accept the grouped form %j and return the ten digits",
    (input) => {
      expect(validateNhsNumber(input)).toEqual({ success: true, data: "4000000004" });
    },
  );

  it.each([...JUST_OUTSIDE, ...ALSO_OUTSIDE])(
    "refuse %s, which passes modulus 11 but lies outside every issued range",
    (number) => {
      expect(modulus11(number.slice(0, 9))).toBe(Number(number[9]));
      expect(isValidNhsNumber(number)).toBe(false);
      const result = validateNhsNumber(number);
      expect(!result.success && result.error.code).toBe("nhs_number_range");
      expect(!result.success && result.error.path).toEqual(["nhsNumber"]);
      expect(!result.success && result.error.message).not.toContain(number);
    },
  );

  it.each(["9990000018", "9999999999", "999 000 0026"])(
    "accept the test number %j only with allowTestNumbers",
    (input) => {
      expect(isValidNhsNumber(input)).toBe(false);
      const refused = validateNhsNumber(input);
      expect(!refused.success && refused.error.code).toBe("nhs_number_range");
      expect(!refused.success && refused.error.message).toMatch(/999 test range/);
      expect(isValidNhsNumber(input, { allowTestNumbers: true })).toBe(true);
      expect(validateNhsNumber(input, { allowTestNumbers: true }).success).toBe(true);
    },
  );

  it("works the modulus 11 example by hand: 943 476 591 weighs 299, remainder 2, check digit 9", () => {
    const weighted = [9, 4, 3, 4, 7, 6, 5, 9, 1].reduce((sum, d, i) => sum + d * (10 - i), 0);
    expect(weighted).toBe(299);
    expect(11 - (weighted % 11)).toBe(9);
  });

  it("rejects a wrong check digit, naming the nhsNumber field but neither the number nor a digit", () => {
    const result = validateNhsNumber("400 000 0005");
    expect(result).toEqual({
      success: false,
      error: {
        code: "nhs_number_check_digit",
        message:
          "nhsNumber: expected a last digit that passes the modulus 11 check, got one that fails it (the number is mistyped)",
        path: ["nhsNumber"],
      },
    });
    expect(!result.success && /\d/.test(result.error.message.replace("modulus 11", ""))).toBe(
      false,
    );
    expect(isValidNhsNumber("4000000005")).toBe(false);
  });

  it("rejects first nine digits whose check digit would be 10", () => {
    // 1 2 3 4 5 6 7 8 9 weigh 210, remainder 1, so the check digit would be 10.
    expect(modulus11("123456789")).toBeUndefined();
    const result = validateNhsNumber("1234567890");
    expect(!result.success && result.error.code).toBe("nhs_number_check_digit");
  });

  it.each(["", "400000000", "40000000040", "400 0000 004", "abcdefghij", "400_000_0004"])(
    "rejects the malformed %j as nhs_number_format without repeating it",
    (input) => {
      const result = validateNhsNumber(input);
      expect(!result.success && result.error.code).toBe("nhs_number_format");
      if (!result.success && input.length > 0) expect(result.error.message).not.toContain(input);
    },
  );

  it.each([undefined, null, 4000000004, Symbol("n"), {}, ["4000000004"]])(
    "refuses %o with invalid_argument rather than a TypeError",
    (input) => {
      const result = validateNhsNumber(input as string);
      expect(!result.success && result.error.code).toBe("invalid_argument");
      expect(() => isValidNhsNumber(input as string)).toThrow(
        /isValidNhsNumber: input must be a string/,
      );
    },
  );

  it("agrees with an independent modulus 11 and range check for every ten-digit string", () => {
    const inRange = (n: number): boolean =>
      (n >= 100_000_000 && n <= 3_112_999_999) ||
      (n >= 3_200_000_000 && n <= 4_999_999_999) ||
      (n >= 6_000_000_000 && n <= 7_999_999_999);
    fc.assert(
      fc.property(fc.stringMatching(/^\d{10}$/), (digits) => {
        const expected =
          modulus11(digits.slice(0, 9)) === Number(digits[9]) && inRange(Number(digits));
        expect(isValidNhsNumber(digits)).toBe(expected);
      }),
    );
  });

  it("detects every single-digit typo in a valid number", () => {
    const digits = "4010232137";
    expect(isValidNhsNumber(digits)).toBe(true);
    for (let i = 0; i < 10; i++) {
      for (let d = 0; d <= 9; d++) {
        if (String(d) === digits[i]) continue;
        expect(isValidNhsNumber(digits.slice(0, i) + String(d) + digits.slice(i + 1))).toBe(false);
      }
    }
  });
});
