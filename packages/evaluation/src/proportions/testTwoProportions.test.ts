import { describe, expect, it } from "vitest";
import { testTwoProportions } from "./testTwoProportions.ts";

// Chi-square values: SciPy 1.17.1 chi2_contingency(correction = True/False), derived; 1e-12.
const CASES = [
  {
    a: [56, 70],
    b: [48, 80],
    yates: [6.114270410296224, 0.013409475178668966],
    plain: [7.023411371237456, 0.008045081368196585],
  },
  {
    a: [9, 10],
    b: [3, 10],
    yates: [5.208333333333334, 0.022478873366125265],
    plain: [7.5, 0.0061698993205441645],
  },
  {
    a: [15, 40],
    b: [30, 60],
    yates: [1.0521885521885521, 0.3050035815717691],
    plain: [1.5151515151515151, 0.21835469056589815],
  },
] as const;

describe("testTwoProportions", () => {
  it.each(CASES)(
    "gives Pearson's X² with and without Yates for $a vs $b",
    ({ a, b, yates, plain }) => {
      const corrected = testTwoProportions(
        { count: a[0], total: a[1] },
        { count: b[0], total: b[1] },
      );
      const uncorrected = testTwoProportions(
        { count: a[0], total: a[1] },
        { count: b[0], total: b[1] },
        { correct: false },
      );
      if (!corrected.success || !uncorrected.success) throw new Error("unexpected failure");
      expect(corrected.data.statistic.value).toBeCloseTo(yates[0], 12);
      expect(corrected.data.pValue).toBeCloseTo(yates[1], 12);
      expect(uncorrected.data.statistic.value).toBeCloseTo(plain[0], 12);
      expect(uncorrected.data.pValue).toBeCloseTo(plain[1], 12);
    },
  );

  it("gives Newcombe's (1998b) Wald intervals for 56/70 − 48/80: method 2 corrected, method 1 not", () => {
    const corrected = testTwoProportions({ count: 56, total: 70 }, { count: 48, total: 80 });
    const plain = testTwoProportions(
      { count: 56, total: 70 },
      { count: 48, total: 80 },
      { correct: false },
    );
    if (!corrected.success || !plain.success) throw new Error("unexpected failure");
    expect(corrected.data.method).toBe(
      "2-sample test for equality of proportions with continuity correction",
    );
    expect(corrected.data.confidenceInterval?.lower).toBeCloseTo(0.0441, 4);
    expect(corrected.data.confidenceInterval?.upper).toBeCloseTo(0.3559, 4);
    expect(plain.data.confidenceInterval?.lower).toBeCloseTo(0.0575, 4);
    expect(plain.data.confidenceInterval?.upper).toBeCloseTo(0.3425, 4);
  });

  it("halves the two-sided p for the one-sided alternative in the observed direction", () => {
    const two = testTwoProportions({ count: 56, total: 70 }, { count: 48, total: 80 });
    const greater = testTwoProportions(
      { count: 56, total: 70 },
      { count: 48, total: 80 },
      { alternative: "greater" },
    );
    if (!two.success || !greater.success) throw new Error("unexpected failure");
    expect(greater.data.pValue).toBeCloseTo(two.data.pValue / 2, 12);
    expect(greater.data.confidenceInterval?.upper).toBe(1);
  });

  it("returns zero_variance when every observation is a success", () => {
    const result = testTwoProportions({ count: 5, total: 5 }, { count: 3, total: 3 });
    expect(!result.success && result.error.code).toBe("zero_variance");
  });
});
