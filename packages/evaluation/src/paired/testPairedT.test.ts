import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { testPairedT } from "./testPairedT.ts";
import { SLEEP } from "../__fixtures__/reference.ts";

describe("testPairedT", () => {
  it("reproduces R's paired t-test on the sleep data (t = -4.0621, df = 9, p = 0.002833)", () => {
    // R: t.test(sleep$extra[1:10], sleep$extra[11:20], paired = TRUE)
    const result = testPairedT(SLEEP.group2, SLEEP.group1);
    if (!result.success) throw new Error(result.error.message);
    const t = result.data;
    expect(t.method).toBe("Paired t-test");
    expect(t.statistic.value).toBeCloseTo(-4.0621, 4);
    expect(t.statistic.value).toBeCloseTo(-4.062127683382037, 12);
    expect(t.parameter?.value).toBe(9);
    expect(t.pValue).toBeCloseTo(0.002833, 6);
    expect(t.pValue).toBeCloseTo(0.00283289019738427, 14);
    expect(t.confidenceInterval?.lower).toBeCloseTo(-2.4598858, 7);
    expect(t.confidenceInterval?.upper).toBeCloseTo(-0.7001142, 7);
    expect(t.estimate?.value).toBeCloseTo(-1.58, 12);
  });

  it("gives one-sided p-values and infinite bounds as R does", () => {
    const less = testPairedT(SLEEP.group2, SLEEP.group1, { alternative: "less" });
    const greater = testPairedT(SLEEP.group2, SLEEP.group1, { alternative: "greater" });
    if (!less.success || !greater.success) throw new Error("unexpected failure");
    expect(less.data.pValue).toBeCloseTo(0.00283289019738427 / 2, 14);
    expect(greater.data.pValue).toBeCloseTo(1 - 0.00283289019738427 / 2, 14);
    expect(less.data.confidenceInterval?.lower).toBe(Number.NEGATIVE_INFINITY);
    expect(greater.data.confidenceInterval?.upper).toBe(Number.POSITIVE_INFINITY);
  });

  it("returns too_few_observations for a single pair", () => {
    const result = testPairedT([1], [2]);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.code).toBe("too_few_observations");
  });

  it("returns zero_variance when every difference is the same", () => {
    const result = testPairedT([1, 2, 3], [2, 3, 4]);
    expect(!result.success && result.error.code).toBe("zero_variance");
  });

  it("returns mismatched_lengths and not_finite for bad input", () => {
    expect(!testPairedT([1, 2], [1]).success).toBe(true);
    const nan = testPairedT([1, Number.NaN], [1, 2]);
    expect(!nan.success && nan.error.message).toBe("pre[1]: expected a finite number");
  });

  it("never mutates its input and is deterministic", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 70 }), fc.integer({ min: 0, max: 70 })), {
          minLength: 2,
          maxLength: 40,
        }),
        (pairs) => {
          const pre = Object.freeze(pairs.map((p) => p[0]));
          const post = Object.freeze(pairs.map((p) => p[1]));
          expect(testPairedT(pre, post)).toEqual(testPairedT(pre, post));
        },
      ),
    );
  });
});
