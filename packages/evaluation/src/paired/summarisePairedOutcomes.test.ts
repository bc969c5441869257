import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { summarisePairedOutcomes } from "./summarisePairedOutcomes.ts";
import { SLEEP } from "../__fixtures__/reference.ts";

describe("summarisePairedOutcomes", () => {
  it("reports the sleep data as R does: means, SDs, t-test and the corrected Wilcoxon test", () => {
    const result = summarisePairedOutcomes(SLEEP.group2, SLEEP.group1, { reliability: 0.8 });
    if (!result.success) throw new Error(result.error.message);
    const s = result.data;
    expect(s.n).toBe(10);
    expect(s.pre.mean).toBeCloseTo(2.33, 12);
    expect(s.post.mean).toBeCloseTo(0.75, 12);
    expect(s.pre.sd).toBeCloseTo(2.002249, 6);
    expect(s.post.sd).toBeCloseTo(1.78901, 5);
    expect(s.difference.mean).toBeCloseTo(-1.58, 12);
    expect(s.tTest.statistic.value).toBeCloseTo(-4.0621, 4);
    expect(s.wilcoxon.success && s.wilcoxon.data.pValue).toBeCloseTo(0.009091, 6);
    expect(s.changeDirections.deteriorated.count).toBe(9);
    expect(s.reliableChange?.success).toBe(true);
  });

  it("never mutates frozen input and gives the same answer twice", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 14, max: 70 }), fc.integer({ min: 14, max: 70 })), {
          minLength: 2,
          maxLength: 60,
        }),
        (pairs) => {
          const pre = Object.freeze(pairs.map((p) => p[0]));
          const post = Object.freeze(pairs.map((p) => p[1]));
          const options = Object.freeze({ minimalImportantChange: 3, reliability: 0.89 });
          expect(summarisePairedOutcomes(pre, post, options)).toEqual(
            summarisePairedOutcomes(pre, post, options),
          );
        },
      ),
    );
  });

  it('gives d_z effectsize\'s noncentral-t interval by default and the Wald one with ci: "wald"', () => {
    // effectsize: cohens_d(Pair(extra[group == 1], extra[group == 2]) ~ 1) = -1.28 [-2.12, -0.41]
    const exact = summarisePairedOutcomes(SLEEP.group2, SLEEP.group1);
    const wald = summarisePairedOutcomes(SLEEP.group2, SLEEP.group1, { ci: "wald" });
    if (!exact.success || !wald.success) throw new Error("unexpected failure");
    if (!exact.data.effectSizes.success || !wald.data.effectSizes.success)
      throw new Error("no effect sizes");
    expect(exact.data.effectSizes.data.dz.intervalMethod).toBe("noncentral-t");
    expect(exact.data.effectSizes.data.dz.confidenceInterval.lower).toBeCloseTo(-2.12, 2);
    expect(wald.data.effectSizes.data.dz.intervalMethod).toBe("wald");
  });

  it("returns an issue rather than throwing for a single pair", () => {
    const result = summarisePairedOutcomes([1], [2]);
    expect(!result.success && result.error.code).toBe("too_few_observations");
  });
});
