import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { estimateQuantiles } from "./estimateQuantiles.ts";
import type { QuantileType } from "./quantileType.ts";

const PROBS = [0, 0.1, 0.25, 0.5, 0.75, 0.9, 1];
// NumPy 2.x `quantile(method=…)`, which implements Hyndman & Fan's nine definitions by name
// (inverted_cdf … normal_unbiased), derived here; 1e-12.
const NUMPY: Readonly<Record<QuantileType, readonly number[]>> = {
  1: [2, 5, 5, 12, 15, 20, 21],
  2: [2, 5, 5, 12, 15, 20, 21],
  3: [2, 2, 5, 12, 13, 20, 21],
  4: [2, 2.3, 5, 10.5, 13.5, 19.5, 21],
  5: [2, 3.8, 5.5, 12, 14.5, 20.4, 21],
  6: [2, 2.6, 5, 12, 15, 20.8, 21],
  7: [2, 5, 6, 12, 14, 20, 21],
  8: [2, 3.4, 5.333333333333333, 12, 14.666666666666668, 20.53333333333333, 21],
  9: [2, 3.5, 5.375, 12, 14.625, 20.5, 21],
};
const SAMPLE = [13, 2, 21, 5, 9, 12, 5, 15, 7, 20, 13]; // unsorted on purpose
const TYPES = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;

describe("estimateQuantiles", () => {
  it("gives R's quantile(1:10) = 1.00 3.25 5.50 7.75 10.00 by default (type 7)", () => {
    const result = estimateQuantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [0, 0.25, 0.5, 0.75, 1]);
    expect(result).toEqual({ success: true, data: [1, 3.25, 5.5, 7.75, 10] });
  });

  it.each(TYPES)("matches NumPy's Hyndman–Fan type %i at seven probabilities", (type) => {
    const result = estimateQuantiles(SAMPLE, PROBS, { type });
    if (!result.success) throw new Error(result.error.message);
    result.data.forEach((q, i) => {
      expect(q).toBeCloseTo(NUMPY[type][i] ?? Number.NaN, 12);
    });
  });

  it("returns the k-th order statistic at each type's own plotting position p_k", () => {
    // Hyndman & Fan (1996): p_k = (k − a)/(n + 1 − a − b); types 1 and 3 at k/n.
    const ab: Record<4 | 5 | 6 | 7 | 8 | 9, [number, number]> = {
      4: [0, 1],
      5: [0.5, 0.5],
      6: [0, 0],
      7: [1, 1],
      8: [1 / 3, 1 / 3],
      9: [3 / 8, 3 / 8],
    };
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 30 }),
        (values) => {
          const x = [...values].sort((a, b) => a - b);
          const n = x.length;
          for (let k = 1; k <= n; k++) {
            const checks: [QuantileType, number][] = [
              [1, k / n],
              [3, k / n],
              ...Object.entries(ab).map(([t, [a, b]]): [QuantileType, number] => [
                Number(t) as QuantileType,
                (k - a) / (n + 1 - a - b),
              ]),
            ];
            for (const [type, p] of checks) {
              if (!(p >= 0 && p <= 1)) continue; // e.g. type 7 with n = 1: 0/0
              const q = estimateQuantiles(values, [p], { type });
              expect(q.success && q.data[0]).toBeCloseTo(x[k - 1] ?? Number.NaN, 9);
            }
            if (k < n) {
              const q2 = estimateQuantiles(values, [k / n], { type: 2 });
              expect(q2.success && q2.data[0]).toBeCloseTo(((x[k - 1] ?? 0) + (x[k] ?? 0)) / 2, 9);
            }
          }
        },
      ),
    );
  });

  it("returns a sample value for the discontinuous types 1 and 3 (scale points on a Likert item)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 40 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (values, p) => {
          for (const type of [1, 3] as const) {
            const q = estimateQuantiles(values, [p], { type });
            expect(q.success && values.includes(q.data[0] ?? Number.NaN)).toBe(true);
          }
        },
      ),
    );
  });

  it("rejects an empty sample, a probability above 1 and an unknown type", () => {
    expect(estimateQuantiles([], [0.5])).toMatchObject({
      success: false,
      error: { code: "too_few_observations" },
    });
    expect(estimateQuantiles([1], [1.5])).toMatchObject({
      success: false,
      error: { path: ["probabilities", 0] },
    });
    expect(estimateQuantiles([1], [0.5], { type: 10 as QuantileType })).toMatchObject({
      success: false,
      error: { path: ["type"] },
    });
  });
});
