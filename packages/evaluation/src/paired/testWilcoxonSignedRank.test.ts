import { describe, expect, it } from "vitest";
import wilcoxon from "@stdlib/stats-wilcoxon";
import fc from "fast-check";
import { testWilcoxonSignedRank } from "./testWilcoxonSignedRank.ts";
import { DEPRESSION, SLEEP } from "../__fixtures__/reference.ts";

describe("testWilcoxonSignedRank", () => {
  it("reproduces R's ?wilcox.test depression example (V = 40, p = 0.01953, exact)", () => {
    // R: wilcox.test(x, y, paired = TRUE, alternative = "greater"); d = x - y = pre - post
    const result = testWilcoxonSignedRank(DEPRESSION.y, DEPRESSION.x, { alternative: "greater" });
    if (!result.success) throw new Error(result.error.message);
    expect(result.data.method).toBe("Wilcoxon signed rank exact test");
    expect(result.data.statistic).toEqual({ name: "V", value: 40 });
    expect(result.data.pValue).toBeCloseTo(0.01953125, 12);
  });

  it("gives the two-sided exact p-value R gives for the depression data (p = 0.03906)", () => {
    const result = testWilcoxonSignedRank(DEPRESSION.y, DEPRESSION.x);
    expect(result.success && result.data.pValue).toBeCloseTo(0.0390625, 12);
  });

  it("is symmetric: swapping pre and post turns V into n(n+1)/2 − V and 'greater' into 'less'", () => {
    const result = testWilcoxonSignedRank(DEPRESSION.x, DEPRESSION.y, { alternative: "less" });
    expect(result.success && result.data.statistic.value).toBe(5);
    expect(result.success && result.data.pValue).toBeCloseTo(0.01953125, 12);
  });

  it("uses the normal approximation with tie and continuity correction on the sleep data (V = 0, p = 0.009091)", () => {
    // R: wilcox.test(extra ~ group, data = sleep, paired = TRUE) — ties and a zero
    const result = testWilcoxonSignedRank(SLEEP.group2, SLEEP.group1);
    if (!result.success) throw new Error(result.error.message);
    expect(result.data.method).toBe("Wilcoxon signed rank test with continuity correction");
    expect(result.data.statistic.value).toBe(0);
    expect(result.data.pValue).toBeCloseTo(0.009091, 6);
  });

  it("agrees with @stdlib/stats-wilcoxon on tied data with zeros, corrected, one-sided", () => {
    const pre = [10, 12, 11, 15, 14, 12, 13, 10, 16, 11, 12, 14];
    const post = [12, 12, 13, 14, 17, 14, 13, 12, 15, 14, 11, 17];
    const ours = testWilcoxonSignedRank(pre, post, { alternative: "greater" });
    const oracle = wilcoxon(
      post.map((y, i) => y - (pre[i] ?? 0)),
      { alternative: "greater", correction: true },
    );
    expect(ours.success && ours.data.statistic.value).toBe(oracle.statistic);
    expect(ours.success && ours.data.pValue).toBeCloseTo(oracle.pValue, 12);
  });

  it("agrees with @stdlib/stats-wilcoxon on random untied samples (exact branch)", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.integer({ min: -500, max: 500 }).filter((x) => x !== 0),
          {
            minLength: 2,
            maxLength: 30,
            selector: (x) => Math.abs(x),
          },
        ),
        (diffs) => {
          const pre = diffs.map(() => 0);
          const ours = testWilcoxonSignedRank(pre, diffs);
          const oracle = wilcoxon(diffs, {});
          expect(ours.success && ours.data.statistic.value).toBe(oracle.statistic);
          // stdlib doubles the one-sided p without capping it at 1; R (and we) cap it.
          expect(ours.success && ours.data.pValue).toBeCloseTo(Math.min(1, oracle.pValue), 10);
        },
      ),
      { numRuns: 50 },
    );
  });

  it("returns too_few_observations when every difference is zero", () => {
    const result = testWilcoxonSignedRank([1, 2], [1, 2]);
    expect(!result.success && result.error.code).toBe("too_few_observations");
  });
});
