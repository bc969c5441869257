import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { estimatePairedEffectSizes } from "./estimatePairedEffectSizes.ts";
import { testPairedT } from "./testPairedT.ts";
import { pairedWith, SLEEP } from "../__fixtures__/reference.ts";

describe("estimatePairedEffectSizes", () => {
  it("reproduces Borenstein et al. (2009, ch. 4) matched-groups example: d = 0.4225, V = 0.0131, g = 0.4160, V = 0.0127", () => {
    // 50 pairs, means 100 → 103, SD_within 5.5/√(2(1 − 0.7)) = 7.1005, r = 0.7, so SD_diff = 5.5
    const sd = 5.5 / Math.sqrt(2 * (1 - 0.7));
    const { pre, post } = pairedWith(50, { preMean: 100, postMean: 103, sd, r: 0.7 });
    const result = estimatePairedEffectSizes(pre, post);
    if (!result.success) throw new Error(result.error.message);
    const { dav, gav } = result.data;
    expect(dav.value).toBeCloseTo(0.4225, 4);
    expect(dav.standardError ** 2).toBeCloseTo(0.0131, 4);
    expect(dav.standardError).toBeCloseTo(0.1143, 4);
    expect(gav.value).toBeCloseTo(0.416, 3);
    expect(gav.standardError ** 2).toBeCloseTo(0.0127, 4);
    expect(gav.standardError).toBeCloseTo(0.1126, 4);
  });

  it("d_z equals t/√n of the paired t-test (sleep data: -4.0621/√10 = -1.2845)", () => {
    const result = estimatePairedEffectSizes(SLEEP.group2, SLEEP.group1);
    const t = testPairedT(SLEEP.group2, SLEEP.group1);
    if (!result.success || !t.success) throw new Error("unexpected failure");
    expect(result.data.dz.value).toBeCloseTo(t.data.statistic.value / Math.sqrt(10), 12);
    expect(result.data.dz.value).toBeCloseTo(-1.2846, 4);
  });

  it("matches effectsize's printed d_z interval for the sleep data (-1.28 [-2.12, -0.41]; 2 dp)", () => {
    // effectsize reference page, cohens_d(Pair(extra[group == 1], extra[group == 2]) ~ 1, data = sleep);
    // SciPy nct inversion (derived) gives -2.1180165139816, -0.4146277563805 (1e-9).
    const result = estimatePairedEffectSizes(SLEEP.group2, SLEEP.group1);
    if (!result.success) throw new Error(result.error.message);
    const { dz } = result.data;
    expect(dz.intervalMethod).toBe("noncentral-t");
    expect(dz.confidenceInterval.lower).toBeCloseTo(-2.12, 2);
    expect(dz.confidenceInterval.upper).toBeCloseTo(-0.41, 2);
    expect(Math.abs(dz.confidenceInterval.lower + 2.1180165139816007)).toBeLessThan(1e-9);
    expect(Math.abs(dz.confidenceInterval.upper + 0.41462775638045685)).toBeLessThan(1e-9);
    expect(result.data.dav.intervalMethod).toBe("wald");
  });

  it("gives a d_z interval that excludes 0 exactly when the paired t-test's p < α", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 })), {
          minLength: 3,
          maxLength: 25,
        }),
        fc.constantFrom(0.8, 0.9, 0.95, 0.99),
        (pairs, level) => {
          const pre = pairs.map((p) => p[0]);
          const post = pairs.map((p) => p[1]);
          const e = estimatePairedEffectSizes(pre, post, { confidenceLevel: level });
          const t = testPairedT(pre, post, { confidenceLevel: level });
          if (!e.success || !t.success) return;
          const { lower, upper } = e.data.dz.confidenceInterval;
          expect(lower > 0 || upper < 0).toBe(t.data.pValue < 1 - level);
          expect(lower).toBeLessThanOrEqual(e.data.dz.value);
          expect(upper).toBeGreaterThanOrEqual(e.data.dz.value);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("agrees at the edge, where t = qt(0.975, 9) ± 1e-9 puts p just below and just above 0.05", () => {
    const base = [0.3, -0.5, 1.1, 0.2, -0.9, 0.6, 1.4, -0.2, 0.8, -0.4];
    const m = base.reduce((s, x) => s + x, 0) / 10;
    const sd = Math.sqrt(base.reduce((s, x) => s + (x - m) ** 2, 0) / 9);
    const sides = [1e-9, -1e-9].map((bump) => {
      const shift = (2.262157162798205 + bump) * (sd / Math.sqrt(10)) - m;
      const pre = base.map((_, i) => i % 3);
      const post = base.map((x, i) => x + shift + (i % 3));
      const e = estimatePairedEffectSizes(pre, post);
      const t = testPairedT(pre, post);
      if (!e.success || !t.success) throw new Error("unexpected failure");
      expect(e.data.dz.confidenceInterval.lower > 0).toBe(t.data.pValue < 0.05);
      return t.data.pValue < 0.05;
    });
    expect(sides).toEqual([true, false]);
  });

  it('builds Wald intervals value ± 1.959964·SE at 95% with ci: "wald"', () => {
    const result = estimatePairedEffectSizes(SLEEP.group2, SLEEP.group1, { ci: "wald" });
    if (!result.success) throw new Error("unexpected failure");
    for (const e of [result.data.dz, result.data.dav, result.data.gav]) {
      expect(e.confidenceInterval.upper - e.value).toBeCloseTo(
        1.959963984540054 * e.standardError,
        12,
      );
      expect(e.value - e.confidenceInterval.lower).toBeCloseTo(
        1.959963984540054 * e.standardError,
        12,
      );
    }
  });

  it("is unchanged by a common shift and flips sign when pre and post swap", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 })), {
          minLength: 4,
          maxLength: 30,
        }),
        fc.integer({ min: -100, max: 100 }),
        (pairs, shift) => {
          const pre = pairs.map((p) => p[0]);
          const post = pairs.map((p) => p[1]);
          const a = estimatePairedEffectSizes(pre, post);
          const b = estimatePairedEffectSizes(
            pre.map((x) => x + shift),
            post.map((x) => x + shift),
          );
          const c = estimatePairedEffectSizes(post, pre);
          if (!a.success) return;
          expect(b.success && b.data.gav.value).toBeCloseTo(a.data.gav.value, 9);
          expect(c.success && c.data.dz.value).toBeCloseTo(-a.data.dz.value, 9);
        },
      ),
    );
  });

  it("returns too_few_observations for two pairs and zero_variance for constant scores", () => {
    expect(!estimatePairedEffectSizes([1, 2], [2, 4]).success).toBe(true);
    const flat = estimatePairedEffectSizes([1, 1, 1], [2, 3, 5]);
    expect(!flat.success && flat.error.code).toBe("zero_variance");
  });
});
