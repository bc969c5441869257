import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { estimateHedgesG } from "./estimateHedgesG.ts";
import { testStudentT } from "./testStudentT.ts";
import { byTransmission, MTCARS, SLEEP } from "../__fixtures__/reference.ts";

describe("testStudentT", () => {
  it("reproduces R's t.test(extra ~ group, data = sleep, var.equal = TRUE) (t = -1.8608, df = 18, p = 0.07919)", () => {
    // R's printed output; CI from SciPy ttest_ind (derived): -3.3638740322876, 0.2038740322876.
    const result = testStudentT(SLEEP.group1, SLEEP.group2);
    if (!result.success) throw new Error(result.error.message);
    expect(result.data.method).toBe(" Two Sample t-test");
    expect(result.data.statistic.value).toBeCloseTo(-1.8608, 4);
    expect(result.data.parameter?.value).toBe(18);
    expect(result.data.pValue).toBeCloseTo(0.07919, 5);
    expect(result.data.confidenceInterval?.lower).toBeCloseTo(-3.363874, 6);
    expect(result.data.confidenceInterval?.upper).toBeCloseTo(0.203874, 6);
  });

  it("reproduces the effectsize vignette's t.test(mpg ~ am, data = mtcars, var.equal = TRUE)", () => {
    // t = -4.1061, df = 30, p-value = 0.000285, 95% CI -10.848369 to -3.641510.
    const [automatic, manual] = byTransmission(MTCARS.mpg);
    const result = testStudentT(automatic, manual);
    if (!result.success) throw new Error(result.error.message);
    expect(result.data.statistic.value).toBeCloseTo(-4.1061, 4);
    expect(result.data.pValue).toBeCloseTo(0.000285, 6);
    expect(result.data.confidenceInterval?.lower).toBeCloseTo(-10.848369, 6);
    expect(result.data.confidenceInterval?.upper).toBeCloseTo(-3.64151, 6);
  });

  it("agrees with the noncentral-t interval of d_s and g_s: it excludes 0 exactly when p < α", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 2, maxLength: 15 }),
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 2, maxLength: 15 }),
        fc.constantFrom(0.9, 0.95, 0.99),
        (a, b, level) => {
          const t = testStudentT(a, b, { confidenceLevel: level });
          const e = estimateHedgesG(a, b, { confidenceLevel: level });
          if (!t.success || !e.success) return;
          for (const effect of [e.data.ds, e.data.gs]) {
            const { lower, upper } = effect.confidenceInterval;
            expect(lower > 0 || upper < 0).toBe(t.data.pValue < 1 - level);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("returns zero_variance when neither group varies", () => {
    const result = testStudentT([3, 3], [3, 3, 3]);
    expect(!result.success && result.error.code).toBe("zero_variance");
  });
});
