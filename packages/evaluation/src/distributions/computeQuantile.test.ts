import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { computeProbability } from "./computeProbability.ts";
import { computeQuantile } from "./computeQuantile.ts";
import type { Distribution } from "./distribution.ts";

// R values: qnorm(0.975) and qt(0.975, 9) from the research note (R 4.2.2); qchisq(0.95, df) from
// every chi-square table (e.g. NIST/SEMATECH e-Handbook 1.3.6.7.4: 3.841, 7.815). SciPy values
// are derived with SciPy 1.17.1.
describe("computeQuantile", () => {
  it("matches R and published tables", () => {
    const value = (p: number, d: Distribution, upper = false): number => {
      const r = computeQuantile(p, d, { tail: upper ? "upper" : "lower" });
      if (!r.success) throw new Error(r.error.message);
      return r.data;
    };
    expect(value(0.975, { name: "normal" })).toBeCloseTo(1.959963984540054, 14);
    expect(value(0.025, { name: "normal", mean: 10, sd: 2 }, true)).toBeCloseTo(
      10 + 2 * 1.959963984540054,
      13,
    );
    expect(value(0.975, { name: "t", df: 9 })).toBeCloseTo(2.262157162798205, 13);
    expect(value(0.025, { name: "t", df: 9 }, true)).toBeCloseTo(2.262157162798205, 13);
    expect(value(0.95, { name: "chi-square", df: 1 })).toBeCloseTo(3.841458820694124, 12);
    expect(value(0.05, { name: "chi-square", df: 3 }, true)).toBeCloseTo(7.814727903251178, 12);
    expect(value(1e-12, { name: "chi-square", df: 4 }, true)).toBeCloseTo(62.1997463915383, 9); // SciPy (derived)
    expect(value(1e-6, { name: "beta", shape1: 2, shape2: 5 }, true)).toBeCloseTo(
      0.9555730480301817,
      12,
    ); // SciPy
    expect(value(0.5, { name: "binomial", size: 10, prob: 0.3 })).toBe(3); // SciPy binom.ppf
    expect(value(0.05, { name: "binomial", size: 20, prob: 0.5 }, true)).toBe(14); // SciPy binom.isf
    expect(value(0.9, { name: "t", df: 12, ncp: 1.5 })).toBeCloseTo(3.0664906484410945, 9); // SciPy nct
    expect(value(0.01, { name: "t", df: 12, ncp: 1.5 }, true)).toBeCloseTo(4.744488020383272, 9);
  });

  it("inverts the CDF of each continuous distribution in both tails", () => {
    const ds: Distribution[] = [
      { name: "normal", mean: -1, sd: 0.5 },
      { name: "t", df: 7 },
      { name: "t", df: 15, ncp: -2 },
      { name: "chi-square", df: 2.5 },
      { name: "beta", shape1: 3, shape2: 0.8 },
    ];
    fc.assert(
      fc.property(
        fc.double({ min: 1e-9, max: 1 - 1e-9, noNaN: true }),
        fc.boolean(),
        (p, upper) => {
          const tail = upper ? "upper" : "lower";
          for (const d of ds) {
            const x = computeQuantile(p, d, { tail });
            if (!x.success) throw new Error(x.error.message);
            const back = computeProbability(x.data, d, { tail });
            expect(back.success && Math.abs(back.data - p)).toBeLessThanOrEqual(
              1e-9 * Math.max(p, 1e-3),
            );
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it("gives the smallest x with P(X ≤ x) ≥ p for the discrete distributions (R's definition)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 30 }),
        (p, n) => {
          for (const d of [
            { name: "binomial", size: n, prob: 0.35 },
            { name: "signed-rank", n },
          ] as const) {
            const x = computeQuantile(p, d);
            if (!x.success) throw new Error(x.error.message);
            const at = computeProbability(x.data, d);
            const below = computeProbability(x.data - 1, d);
            if (!at.success || !below.success) throw new Error("unexpected failure");
            expect(at.data).toBeGreaterThanOrEqual(p * (1 - 1e-13));
            expect(x.data === 0 || below.data < p).toBe(true);
          }
        },
      ),
    );
  });

  it("rejects a probability outside [0, 1] with a typed issue", () => {
    expect(computeQuantile(1.2, { name: "normal" })).toEqual({
      success: false,
      error: {
        code: "out_of_range",
        message: "p: expected a probability in [0, 1]",
        path: ["p"],
      },
    });
  });
});
