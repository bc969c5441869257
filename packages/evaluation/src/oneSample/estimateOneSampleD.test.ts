import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { estimateOneSampleD } from "./estimateOneSampleD.ts";
import { testPairedT } from "../paired/testPairedT.ts";
import { MTCARS } from "../__fixtures__/reference.ts";

describe("estimateOneSampleD", () => {
  it("matches effectsize's printed cohens_d(wt ~ 1) = 3.29 [2.40, 4.17] and mu = 3: 0.22 [-0.13, 0.57]", () => {
    // effectsize cohens_d reference page, printed to 2 dp.
    const zero = estimateOneSampleD(MTCARS.wt);
    const three = estimateOneSampleD(MTCARS.wt, { mu: 3 });
    if (!zero.success || !three.success) throw new Error("unexpected failure");
    expect(zero.data.value).toBeCloseTo(3.29, 2);
    expect(zero.data.confidenceInterval.lower).toBeCloseTo(2.4, 2);
    expect(zero.data.confidenceInterval.upper).toBeCloseTo(4.17, 2);
    expect(three.data.value).toBeCloseTo(0.22, 2);
    expect(three.data.confidenceInterval.lower).toBeCloseTo(-0.13, 2);
    expect(three.data.confidenceInterval.upper).toBeCloseTo(0.57, 2);
  });

  it("excludes μ's 0 exactly when the one-sample t-test gives p < α", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 2, maxLength: 25 }),
        fc.integer({ min: 0, max: 30 }),
        fc.constantFrom(0.9, 0.95, 0.99),
        (values, mu, level) => {
          const e = estimateOneSampleD(values, { mu, confidenceLevel: level });
          // R: t.test(x, mu = mu) is the paired test of x against zeros.
          const t = testPairedT(
            values.map(() => 0),
            values,
            { mu, confidenceLevel: level },
          );
          if (!e.success || !t.success) return;
          const { lower, upper } = e.data.confidenceInterval;
          expect(lower > 0 || upper < 0).toBe(t.data.pValue < 1 - level);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("returns typed issues for constant scores, one value and a non-finite mu", () => {
    expect(estimateOneSampleD([4, 4, 4])).toMatchObject({
      success: false,
      error: { code: "zero_variance" },
    });
    expect(estimateOneSampleD([4])).toMatchObject({
      success: false,
      error: { code: "too_few_observations" },
    });
    expect(estimateOneSampleD([1, 2], { mu: Number.NaN })).toMatchObject({
      success: false,
      error: { code: "invalid_option", path: ["mu"] },
    });
  });
});
