import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { estimateProportion } from "./estimateProportion.ts";
import { testProportion } from "./testProportion.ts";

describe("testProportion", () => {
  it("gives Newcombe's (1998a) intervals for 81/263: corrected = method 4, uncorrected = Wilson", () => {
    const corrected = testProportion(81, 263);
    const plain = testProportion(81, 263, { correct: false });
    if (!corrected.success || !plain.success) throw new Error("unexpected failure");
    expect(corrected.data.method).toBe("1-sample proportions test with continuity correction");
    expect(corrected.data.confidenceInterval?.lower).toBeCloseTo(0.2535, 4);
    expect(corrected.data.confidenceInterval?.upper).toBeCloseTo(0.3682, 4);
    expect(plain.data.confidenceInterval?.lower).toBeCloseTo(0.2553, 4);
    expect(plain.data.confidenceInterval?.upper).toBeCloseTo(0.3662, 4);
    // X² = (|81 − 131.5| − 0.5)²/65.75 and 50.5²/65.75 (derived by hand).
    expect(corrected.data.statistic.value).toBeCloseTo(2500 / 65.75, 12);
    expect(plain.data.statistic.value).toBeCloseTo(50.5 ** 2 / 65.75, 12);
  });

  it("is the square of the score z without correction, with the normal tails one-sided", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.05, max: 0.95, noNaN: true }),
        (n, f, p) => {
          const x = Math.round(f * n);
          const two = testProportion(x, n, { p, correct: false });
          const less = testProportion(x, n, { p, correct: false, alternative: "less" });
          const greater = testProportion(x, n, { p, correct: false, alternative: "greater" });
          if (!two.success || !less.success || !greater.success)
            throw new Error("unexpected failure");
          const z = (x / n - p) / Math.sqrt((p * (1 - p)) / n);
          expect(two.data.statistic.value).toBeCloseTo(z * z, 8);
          expect(less.data.pValue + greater.data.pValue).toBeCloseTo(1, 12);
          expect(Math.min(less.data.pValue, greater.data.pValue) * 2).toBeCloseTo(
            two.data.pValue,
            10,
          );
        },
      ),
    );
  });

  it("has the interval estimateProportion gives (Wilson, or Wilson-CC when |x − np| ≥ 0.5)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 300 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n, f) => {
          const x = Math.round(f * n);
          const plain = testProportion(x, n, { correct: false });
          const wilson = estimateProportion(x, n);
          expect(plain.success && plain.data.confidenceInterval?.lower).toBeCloseTo(
            wilson.success ? wilson.data.confidenceInterval.lower : Number.NaN,
            10,
          );
          if (Math.abs(x - n / 2) >= 0.5) {
            const corrected = testProportion(x, n);
            const cc = estimateProportion(x, n, { method: "wilson-cc" });
            expect(corrected.success && corrected.data.confidenceInterval?.upper).toBeCloseTo(
              cc.success ? cc.data.confidenceInterval.upper : Number.NaN,
              10,
            );
          }
        },
      ),
    );
  });

  it("rejects p of 0 or 1 and a total of 0 with typed issues", () => {
    expect(testProportion(3, 10, { p: 1 })).toMatchObject({
      success: false,
      error: { path: ["p"] },
    });
    expect(testProportion(0, 0)).toMatchObject({
      success: false,
      error: { code: "too_few_observations" },
    });
  });
});
