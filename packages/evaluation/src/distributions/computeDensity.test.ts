import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { computeDensity } from "./computeDensity.ts";
import { computeProbability } from "./computeProbability.ts";

describe("computeDensity", () => {
  it("matches exact and SciPy values (derived; 1e-13 relative)", () => {
    const cases = [
      [3, { name: "binomial", size: 10, prob: 0.5 }, 120 / 1024], // exact, R: dbinom(3, 10, 0.5)
      [10, { name: "signed-rank", n: 10 }, 10 / 1024], // exact: 10 subsets of 1..10 sum to 10
      [1.5, { name: "t", df: 7 }, 0.12626306128596107],
      [1.2, { name: "normal", mean: 3, sd: 2 }, 0.1330426249493774],
      [2.5, { name: "chi-square", df: 4 }, 0.17906549803761881],
      [0.3, { name: "beta", shape1: 2, shape2: 5 }, 2.1609],
    ] as const;
    for (const [x, d, expected] of cases) {
      const result = computeDensity(x, d);
      expect(result.success && Math.abs(result.data - expected) / expected).toBeLessThanOrEqual(
        1e-13,
      );
    }
  });

  it("sums to the CDF for the signed-rank distribution", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 25 }), fc.integer({ min: 0, max: 325 }), (n, v) => {
        let sum = 0;
        for (let k = 0; k <= v; k++) {
          const d = computeDensity(k, { name: "signed-rank", n });
          if (!d.success) throw new Error(d.error.message);
          sum += d.data;
        }
        const p = computeProbability(v, { name: "signed-rank", n });
        expect(p.success && p.data).toBeCloseTo(sum, 12);
      }),
      { numRuns: 40 },
    );
  });

  it("declines the noncentral t density with a typed issue", () => {
    const result = computeDensity(1, { name: "t", df: 5, ncp: 1 });
    expect(result.success).toBe(false);
    expect(!result.success && result.error.path).toEqual(["distribution", "ncp"]);
  });
});
