import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isValidNhsNumber } from "./isValidNhsNumber.ts";
import { validateNhsNumber } from "./validateNhsNumber.ts";

// Numbers from NHS England's published test data and documentation, with check digits worked
// by hand: 943 476 5919 (NHS Digital's example), 401 023 2137, 900 000 0009 (test range).
const VALID = ["9434765919", "943 476 5919", "943-476-5919", "4010232137", "9000000009"];

describe("validateNhsNumber and isValidNhsNumber", () => {
  it.each(VALID)("accept the real check-digit example %j", (input) => {
    expect(isValidNhsNumber(input)).toBe(true);
    expect(validateNhsNumber(input)).toEqual({
      success: true,
      data: input.replace(/[ -]/g, ""),
    });
  });

  it("works the modulus 11 example by hand: 943 476 591 weighs 299, remainder 2, check digit 9", () => {
    const weighted = [9, 4, 3, 4, 7, 6, 5, 9, 1].reduce((sum, d, i) => sum + d * (10 - i), 0);
    expect(weighted).toBe(299);
    expect(11 - (weighted % 11)).toBe(9);
  });

  it("rejects a wrong check digit, naming the nhsNumber field and the expected digit", () => {
    const result = validateNhsNumber("943 476 5918");
    expect(result).toEqual({
      success: false,
      error: {
        code: "nhs_number_check_digit",
        message: "nhsNumber: expected check digit 9 (modulus 11), got 8 (the number is mistyped)",
        path: ["nhsNumber"],
      },
    });
    expect(isValidNhsNumber("9434765918")).toBe(false);
  });

  it("rejects first nine digits whose check digit would be 10", () => {
    // 1 2 3 4 5 6 7 8 9 weigh 210, remainder 1, so the check digit would be 10.
    const nine = "123456789";
    const sum = Array.from(nine, Number).reduce((s, d, i) => s + d * (10 - i), 0);
    expect(11 - (sum % 11)).toBe(10);
    const result = validateNhsNumber(`${nine}0`);
    expect(!result.success && result.error.code).toBe("nhs_number_check_digit");
  });

  it.each(["", "943476591", "94347659190", "943 4765 919", "abcdefghij", "943_476_5919"])(
    "rejects the malformed %j as nhs_number_format without repeating it",
    (input) => {
      const result = validateNhsNumber(input);
      expect(!result.success && result.error.code).toBe("nhs_number_format");
      if (!result.success && input.length > 0) expect(result.error.message).not.toContain(input);
    },
  );

  it("agrees with an independent modulus 11 implementation for every ten-digit string", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{10}$/), (digits) => {
        const sum = Array.from(digits.slice(0, 9), Number).reduce((s, d, i) => s + d * (10 - i), 0);
        const check = 11 - (sum % 11);
        const expected = check === 10 ? false : (check === 11 ? 0 : check) === Number(digits[9]);
        expect(isValidNhsNumber(digits)).toBe(expected);
      }),
    );
  });

  it("detects every single-digit typo in a valid number", () => {
    const digits = "9434765919";
    for (let i = 0; i < 10; i++) {
      for (let d = 0; d <= 9; d++) {
        if (String(d) === digits[i]) continue;
        expect(isValidNhsNumber(digits.slice(0, i) + String(d) + digits.slice(i + 1))).toBe(false);
      }
    }
  });
});
