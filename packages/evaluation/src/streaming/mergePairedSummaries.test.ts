import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { accumulatePairs, type PairedSummaryState } from "./accumulatePairs.ts";
import { mergePairedSummaries } from "./mergePairedSummaries.ts";
import { finalisePairedSummary } from "./finalisePairedSummary.ts";
import { summarisePairedOutcomes } from "../paired/summarisePairedOutcomes.ts";
import { DEPRESSION, SLEEP } from "../__fixtures__/reference.ts";

const NUMERIC_KEYS = [
  "n",
  "preMean",
  "preM2",
  "postMean",
  "postM2",
  "coMoment",
  "differenceMean",
  "differenceM2",
  "positive",
  "zero",
  "negative",
] as const;

/** |a − b| ≤ 1e-9 relative to the larger of |b| and the data's scale. */
function expectClose(a: PairedSummaryState, b: PairedSummaryState, scale: number): void {
  for (const key of NUMERIC_KEYS) {
    const tolerance = 1e-9 * Math.max(Math.abs(b[key]), scale);
    expect(Math.abs(a[key] - b[key]), key).toBeLessThanOrEqual(tolerance);
  }
  expect(a.differenceCounts).toEqual(b.differenceCounts);
}

/** Splits pairs at the given cut points, accumulates each part, then merges in a random tree. */
function mergedOver(
  pre: number[],
  post: number[],
  cuts: number[],
  order: number[],
): PairedSummaryState {
  const bounds = [
    0,
    ...[...new Set(cuts.map((c) => c % (pre.length + 1)))].sort((a, b) => a - b),
    pre.length,
  ];
  let parts = bounds
    .slice(1)
    .map((end, i) => accumulatePairs(pre.slice(bounds[i], end), post.slice(bounds[i], end)));
  let k = 0;
  while (parts.length > 1) {
    const i = (order[k++ % order.length] ?? 0) % (parts.length - 1);
    const merged = mergePairedSummaries(parts[i]!, parts[i + 1]!);
    parts = [...parts.slice(0, i), merged, ...parts.slice(i + 2)];
  }
  return parts[0]!;
}

const pairs = (min: number, max: number, integers: boolean) =>
  fc.array(
    integers
      ? fc.tuple(fc.integer({ min, max }), fc.integer({ min, max }))
      : fc.tuple(fc.double({ min, max, noNaN: true }), fc.double({ min, max, noNaN: true })),
    { minLength: 1, maxLength: 200 },
  );

describe("mergePairedSummaries", () => {
  it("merging any partition, in any tree order, equals the one-pass state (1e-9 relative)", () => {
    fc.assert(
      fc.property(
        fc.oneof(pairs(14, 70, true), pairs(-1e3, 1e3, false), pairs(1e6, 1e6 + 10, false)),
        fc.array(fc.nat(), { maxLength: 12 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 12 }),
        (data, cuts, order) => {
          const pre = data.map((p) => p[0]);
          const post = data.map((p) => p[1]);
          const scale = Math.max(1, ...pre.map(Math.abs), ...post.map(Math.abs));
          expectClose(mergedOver(pre, post, cuts, order), accumulatePairs(pre, post), scale);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("finalises to the same statistics as the array functions, Wilcoxon included", () => {
    const a = accumulatePairs(SLEEP.group2.slice(0, 4), SLEEP.group1.slice(0, 4));
    const b = accumulatePairs(SLEEP.group2.slice(4), SLEEP.group1.slice(4));
    const streamed = finalisePairedSummary(mergePairedSummaries(a, b));
    const direct = summarisePairedOutcomes(SLEEP.group2, SLEEP.group1);
    if (!streamed.success || !direct.success) throw new Error("unexpected failure");
    expect(streamed.data.tTest.statistic.value).toBeCloseTo(-4.062127683382037, 12);
    expect(streamed.data.tTest.pValue).toBeCloseTo(direct.data.tTest.pValue, 14);
    expect(streamed.data.correlation).toBeCloseTo(direct.data.correlation, 12);
    // sleep differences are not integers, so the histogram is dropped
    expect(streamed.data.wilcoxon.success).toBe(false);
  });

  it("computes the exact Wilcoxon test from merged integer histograms", () => {
    const pre = DEPRESSION.y.map((v) => Math.round(v * 1000));
    const post = DEPRESSION.x.map((v) => Math.round(v * 1000));
    const merged = mergePairedSummaries(
      accumulatePairs(pre.slice(0, 5), post.slice(0, 5)),
      accumulatePairs(pre.slice(5), post.slice(5)),
    );
    const result = finalisePairedSummary(merged);
    expect(
      result.success && result.data.wilcoxon.success && result.data.wilcoxon.data.statistic.value,
    ).toBe(40);
  });

  it("does not change the states it merges", () => {
    const a = Object.freeze(accumulatePairs([1, 2], [3, 5]));
    const b = Object.freeze(accumulatePairs([4], [4]));
    const before = JSON.stringify([a, b]);
    mergePairedSummaries(a, b);
    accumulatePairs([9], [9], a);
    expect(JSON.stringify([a, b])).toBe(before);
  });
});
