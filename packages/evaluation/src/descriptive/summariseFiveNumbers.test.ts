import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { estimateInterquartileRange } from "./estimateInterquartileRange.ts";
import { summariseFiveNumbers } from "./summariseFiveNumbers.ts";

describe("summariseFiveNumbers and estimateInterquartileRange", () => {
  it("give R's fivenum(1:10) = 1.0 3.0 5.5 8.0 10.0 and IQR(1:10) = 4.5", () => {
    const values = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1];
    expect(summariseFiveNumbers(values)).toEqual({
      success: true,
      data: { minimum: 1, lowerHinge: 3, median: 5.5, upperHinge: 8, maximum: 10 },
    });
    expect(estimateInterquartileRange(values)).toEqual({ success: true, data: 4.5 });
  });

  it("give Tukey's hinges for an odd sample: fivenum(c(2, 5, 5, 7, 9, 12, 13, 13, 15, 20, 21))", () => {
    // depth ⌊(11 + 3)/2⌋/2 = 3.5: hinges (5 + 7)/2 = 6 and (13 + 15)/2 = 14 (derived by hand).
    const result = summariseFiveNumbers([13, 2, 21, 5, 9, 12, 5, 15, 7, 20, 13]);
    expect(result).toEqual({
      success: true,
      data: { minimum: 2, lowerHinge: 6, median: 12, upperHinge: 14, maximum: 21 },
    });
    // IQR by type 6 (SPSS): 15 − 5 = 10 (NumPy weibull, derived).
    expect(
      estimateInterquartileRange([13, 2, 21, 5, 9, 12, 5, 15, 7, 20, 13], { type: 6 }),
    ).toEqual({ success: true, data: 10 });
  });

  it("are ordered, shift with the data and do not mutate it", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -100, max: 100 }), { minLength: 1, maxLength: 50 }),
        fc.integer({ min: -10, max: 10 }),
        (values, shift) => {
          const frozen = Object.freeze([...values]);
          const s = summariseFiveNumbers(frozen);
          const t = summariseFiveNumbers(frozen.map((v) => v + shift));
          if (!s.success || !t.success) throw new Error("unexpected failure");
          const { minimum, lowerHinge, median, upperHinge, maximum } = s.data;
          expect(
            minimum <= lowerHinge &&
              lowerHinge <= median &&
              median <= upperHinge &&
              upperHinge <= maximum,
          ).toBe(true);
          expect(t.data.median).toBeCloseTo(median + shift, 12);
          const iqr = estimateInterquartileRange(frozen);
          expect(iqr.success && iqr.data).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });

  it("reject an empty sample and a non-finite value", () => {
    expect(summariseFiveNumbers([])).toMatchObject({
      success: false,
      error: { code: "too_few_observations" },
    });
    expect(estimateInterquartileRange([1, Number.NaN])).toMatchObject({
      success: false,
      error: { path: ["values", 1] },
    });
  });
});
