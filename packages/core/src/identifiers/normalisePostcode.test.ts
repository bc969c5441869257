import { describe, expect, it } from "vitest";
import { normalisePostcode } from "./normalisePostcode.ts";

describe("normalisePostcode", () => {
  // Postcodes published by Royal Mail and the ONS as examples of each format.
  it.each([
    ["sw1a1aa", "SW1A 1AA"],
    ["SW1A 1AA", "SW1A 1AA"],
    ["  sw1a   1aa ", "SW1A 1AA"],
    ["m11ae", "M1 1AE"],
    ["B338TH", "B33 8TH"],
    ["cr2 6xh", "CR2 6XH"],
    ["DN55 1PT", "DN55 1PT"],
    ["W1A 0AX", "W1A 0AX"],
    ["EC1A1BB", "EC1A 1BB"],
  ])("turns %j into the canonical %j", (input, expected) => {
    expect(normalisePostcode(input)).toEqual({ success: true, data: expected });
  });

  it.each(["SW1A 1A", "XX", "", "SW1A-1AA", "12345", "SW1A 1AAA", "S W 1 A 1 A A"])(
    "rejects %j naming the postcode field without repeating the value",
    (input) => {
      const result = normalisePostcode(input);
      expect(result.success).toBe(false);
      if (result.success) return;
      expect(result.error.code).toBe("postcode_format");
      expect(result.error.path).toEqual(["postcode"]);
      expect(result.error.message).toMatch(/^postcode: expected a UK postcode/);
      if (input.length > 2) expect(result.error.message).not.toContain(input);
    },
  );

  it("is idempotent: a normalised postcode normalises to itself", () => {
    const once = normalisePostcode("b338th");
    expect(once.success && normalisePostcode(once.data)).toEqual(once);
  });
});
