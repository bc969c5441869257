import { describe, expect, it } from "vitest";
import { hasVerhoeffCheckDigit } from "./verhoeff.ts";

describe("hasVerhoeffCheckDigit", () => {
  // Real SNOMED CT concept ids from the International Edition: SNOMED CT Concept (root),
  // Clinical finding, Dementia, Myocardial infarction, Diabetes mellitus, Hypertensive disorder,
  // Depressive disorder, Asthma, COVID-19.
  it.each([
    "138875005",
    "404684003",
    "52448006",
    "22298006",
    "73211009",
    "38341003",
    "35489007",
    "195967001",
    "840539006",
  ])("accepts the real SNOMED CT id %s", (id) => {
    expect(hasVerhoeffCheckDigit(id)).toBe(true);
  });

  it("accepts Verhoeff's textbook example 2363 and rejects its neighbours", () => {
    expect(hasVerhoeffCheckDigit("2363")).toBe(true);
    for (const wrong of ["2360", "2361", "2362", "2364", "2365", "2366", "2367", "2368", "2369"]) {
      expect(hasVerhoeffCheckDigit(wrong)).toBe(false);
    }
  });

  it("catches every swap of two adjacent different digits in a real id", () => {
    const id = "404684003";
    for (let i = 0; i < id.length - 1; i++) {
      if (id[i] === id[i + 1]) continue;
      const swapped = id.slice(0, i) + (id[i + 1] ?? "") + (id[i] ?? "") + id.slice(i + 2);
      expect(hasVerhoeffCheckDigit(swapped)).toBe(false);
    }
  });
});
