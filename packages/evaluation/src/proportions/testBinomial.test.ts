import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { testBinomial } from "./testBinomial.ts";
import { computeDensity } from "../distributions/computeDensity.ts";

describe("testBinomial", () => {
  it("reproduces R's ?binom.test example: binom.test(682, 925, p = 3/4)", () => {
    // R prints p-value = 0.3825, 95% CI 0.7076683 0.7654066, estimate 0.7372973. SciPy's
    // binomtest (same method and tolerance; derived) gives p = 0.3824915595748517.
    const result = testBinomial(682, 925, { p: 0.75 });
    if (!result.success) throw new Error(result.error.message);
    expect(result.data.method).toBe("Exact binomial test");
    expect(result.data.pValue).toBeCloseTo(0.3825, 4);
    expect(result.data.pValue).toBeCloseTo(0.3824915595748517, 12);
    expect(result.data.confidenceInterval?.lower).toBeCloseTo(0.7076683, 7);
    expect(result.data.confidenceInterval?.upper).toBeCloseTo(0.7654066, 7);
    expect(result.data.estimate?.value).toBeCloseTo(0.7372973, 7);
  });

  it("gives one-sided p-values and bounds (SciPy binomtest, derived; 1e-12)", () => {
    const less = testBinomial(682, 925, { p: 0.75, alternative: "less" });
    const greater = testBinomial(682, 925, { p: 0.75, alternative: "greater" });
    if (!less.success || !greater.success) throw new Error("unexpected failure");
    expect(less.data.pValue).toBeCloseTo(0.19600926705388308, 12);
    expect(greater.data.pValue).toBeCloseTo(0.8240891223524226, 12);
    expect(less.data.confidenceInterval).toMatchObject({ lower: 0 });
    expect(greater.data.confidenceInterval).toMatchObject({ upper: 1 });
  });

  it.each([
    [3, 10, 0.5, 0.34375],
    [9, 20, 0.3, 0.1488145951754469],
    [0, 10, 0.2, 0.22824806400000008],
    [7, 7, 0.4, 0.0016384000000000006],
    [5, 40, 0.25, 0.06951886665575854],
  ] as const)(
    "gives R's two-sided p for %i of %i at p = %f (SciPy, derived; 1e-12)",
    (x, n, p, expected) => {
      const result = testBinomial(x, n, { p });
      expect(result.success && result.data.pValue).toBeCloseTo(expected, 12);
    },
  );

  it("sums, by definition, the probabilities of the counts no more likely than the observed one", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.double({ min: 0.05, max: 0.95, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n, p, f) => {
          const x = Math.round(f * n);
          const dens = (k: number): number => {
            const d = computeDensity(k, { name: "binomial", size: n, prob: p });
            if (!d.success) throw new Error(d.error.message);
            return d.data;
          };
          const observed = dens(x);
          let sum = 0;
          for (let k = 0; k <= n; k++) if (dens(k) <= observed * (1 + 1e-7)) sum += dens(k);
          const result = testBinomial(x, n, { p });
          if (!result.success) throw new Error(result.error.message);
          if (x === n * p) expect(result.data.pValue).toBe(1);
          else expect(result.data.pValue).toBeCloseTo(Math.min(1, sum), 10);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("rejects a null probability outside [0, 1] and a count above the total", () => {
    expect(testBinomial(3, 10, { p: 1.5 })).toMatchObject({
      success: false,
      error: { path: ["p"] },
    });
    expect(testBinomial(11, 10)).toMatchObject({
      success: false,
      error: { code: "invalid_count" },
    });
  });
});
