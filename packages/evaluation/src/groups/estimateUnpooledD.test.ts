import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { estimateUnpooledD } from "./estimateUnpooledD.ts";
import { testWelchT } from "./testWelchT.ts";
import { byTransmission, MTCARS } from "../__fixtures__/reference.ts";

describe("estimateUnpooledD", () => {
  it("matches effectsize's tests: cohens_d(wt ~ am, pooled_sd = FALSE) = 1.934 [1.075151, 2.772516] (0.001 relative)", () => {
    // effectsize tests/testthat/test-cohens_d.R; SciPy nct inversion (derived) agrees to 1e-6.
    const [automatic, manual] = byTransmission(MTCARS.wt);
    const result = estimateUnpooledD(automatic, manual);
    if (!result.success) throw new Error(result.error.message);
    const near = (x: number, y: number): void => {
      expect(Math.abs(x - y)).toBeLessThanOrEqual(0.001 * Math.abs(y));
    };
    near(result.data.value, 1.934);
    near(result.data.confidenceInterval.lower, 1.075151);
    near(result.data.confidenceInterval.upper, 2.772516);
    expect(result.data.name).toBe("d_unpooled");
  });

  it("matches effectsize's printed cohens_d(mpg ~ am, pooled_sd = FALSE) = -1.41 [-2.26, -0.53]", () => {
    const [automatic, manual] = byTransmission(MTCARS.mpg);
    const result = estimateUnpooledD(automatic, manual);
    if (!result.success) throw new Error(result.error.message);
    expect(result.data.value).toBeCloseTo(-1.41, 2);
    expect(result.data.confidenceInterval.lower).toBeCloseTo(-2.26, 2);
    expect(result.data.confidenceInterval.upper).toBeCloseTo(-0.53, 2);
  });

  it("excludes 0 exactly when Welch's t-test gives p < α", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 2, maxLength: 15 }),
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 2, maxLength: 15 }),
        fc.constantFrom(0.9, 0.95, 0.99),
        (a, b, level) => {
          const t = testWelchT(a, b, { confidenceLevel: level });
          const e = estimateUnpooledD(a, b, { confidenceLevel: level });
          if (!t.success || !e.success) return;
          const { lower, upper } = e.data.confidenceInterval;
          expect(lower > 0 || upper < 0).toBe(t.data.pValue < 1 - level);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives a Wald interval d ± z·SE with ci: "wald", and zero_variance for a constant group', () => {
    const result = estimateUnpooledD([1, 2, 4, 7], [3, 5, 9, 10], { ci: "wald" });
    if (!result.success) throw new Error(result.error.message);
    expect(result.data.intervalMethod).toBe("wald");
    expect(result.data.confidenceInterval.upper - result.data.value).toBeCloseTo(
      1.959963984540054 * result.data.standardError,
      12,
    );
    const flat = estimateUnpooledD([1, 2, 4], [3, 3, 3]);
    expect(!flat.success && flat.error.path).toEqual(["b"]);
  });
});
