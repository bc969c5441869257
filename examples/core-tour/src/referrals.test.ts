import { isValidNhsNumber, normalisePostcode } from "@carerkit/core";
import { describe, expect, it } from "vitest";
import { REFERRALS } from "./referrals.ts";

const text = JSON.stringify(REFERRALS);

describe("the tour's referrals", () => {
  it("use only NHS numbers from the 999 test range", () => {
    const numbers = [...text.matchAll(/"nhsNumber":"([\d ]+)"/g)].map((m) =>
      m[1]!.replace(/ /g, ""),
    );
    expect(numbers.length).toBe(3);
    for (const n of numbers) expect(n.startsWith("999")).toBe(true);
    expect(numbers.filter((n) => isValidNhsNumber(n, { allowTestNumbers: true }))).toEqual([
      "9990000018",
      "9990000026",
    ]);
    expect(numbers.filter((n) => isValidNhsNumber(n))).toEqual([]);
  });

  it("use only ZZ99 pseudo-postcodes, Ofcom drama phone numbers and names that say Synthetic", () => {
    for (const m of text.matchAll(/"postcode":"([^"]+)"/g)) {
      expect(m[1]!.toUpperCase().startsWith("ZZ99")).toBe(true);
    }
    for (const m of text.matchAll(/"phone":"([^"]+)"/g)) expect(m[1]).toMatch(/^01632 960\d{3}$/);
    for (const m of text.matchAll(/"full":"([^"]+)"/g)) expect(m[1]).toMatch(/^Synthetic /);
    expect(normalisePostcode("zz99 3vz")).toEqual({ success: true, data: "ZZ99 3VZ" });
  });
});
