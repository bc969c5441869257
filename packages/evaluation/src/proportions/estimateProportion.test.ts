import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { estimateProportion } from "./estimateProportion.ts";

// Newcombe RG (1998a). Two-sided confidence intervals for the single proportion: comparison of
// seven methods. Stat Med 17:857–872, Table I: method 3 (Wilson score) and method 5 (Clopper–Pearson).
const NEWCOMBE_TABLE_I = [
  { r: 81, n: 263, wilson: [0.2553, 0.3662], exact: [0.2527, 0.3676] },
  { r: 15, n: 148, wilson: [0.0624, 0.1605], exact: [0.0578, 0.1617] },
  { r: 0, n: 20, wilson: [0.0, 0.1611], exact: [0.0, 0.1684] },
  { r: 1, n: 29, wilson: [0.0061, 0.1718], exact: [0.0009, 0.1776] },
] as const;

describe("estimateProportion", () => {
  it.each(NEWCOMBE_TABLE_I)(
    "matches Newcombe (1998) Table I for $r/$n to 4 decimal places",
    ({ r, n, wilson, exact }) => {
      const w = estimateProportion(r, n);
      const e = estimateProportion(r, n, { method: "clopper-pearson" });
      if (!w.success || !e.success) throw new Error("unexpected failure");
      expect(w.data.confidenceInterval.lower).toBeCloseTo(wilson[0], 4);
      expect(w.data.confidenceInterval.upper).toBeCloseTo(wilson[1], 4);
      expect(e.data.confidenceInterval.lower).toBeCloseTo(exact[0], 4);
      expect(e.data.confidenceInterval.upper).toBeCloseTo(exact[1], 4);
    },
  );

  it("matches R's binom.test(682, 925) interval to 12 digits", () => {
    const e = estimateProportion(682, 925, { method: "clopper-pearson" });
    expect(e.success && e.data.confidenceInterval.lower).toBeCloseTo(0.707668264079039, 12);
    expect(e.success && e.data.confidenceInterval.upper).toBeCloseTo(0.765406558241525, 12);
  });

  // Newcombe (1998a) Table I, method 4 (score with continuity correction), 4 dp.
  it.each([
    { r: 81, n: 263, ci: [0.2535, 0.3682] },
    { r: 0, n: 20, ci: [0.0, 0.2005] },
    { r: 1, n: 29, ci: [0.0018, 0.1963] },
  ] as const)(
    "matches Newcombe (1998) method 4 (Wilson with continuity correction) for $r/$n",
    ({ r, n, ci }) => {
      const result = estimateProportion(r, n, { method: "wilson-cc" });
      if (!result.success) throw new Error(result.error.message);
      expect(result.data.confidenceInterval.lower).toBeCloseTo(ci[0], 4);
      expect(result.data.confidenceInterval.upper).toBeCloseTo(ci[1], 4);
    },
  );

  it("gives one-sided bounds as R and SciPy do (derived with SciPy 1.17.1 binomtest; 1e-12)", () => {
    const bound = (
      method: "wilson" | "wilson-cc" | "clopper-pearson",
      alternative: "less" | "greater",
      r: number,
      n: number,
    ) => {
      const result = estimateProportion(r, n, { method, alternative });
      if (!result.success) throw new Error(result.error.message);
      return result.data.confidenceInterval;
    };
    // binom.test(682, 925, alternative = "less"/"greater")$conf.int
    expect(bound("clopper-pearson", "less", 682, 925)).toMatchObject({ lower: 0 });
    expect(bound("clopper-pearson", "less", 682, 925).upper).toBeCloseTo(0.7610552746895476, 12);
    expect(bound("clopper-pearson", "greater", 682, 925).lower).toBeCloseTo(0.7124129244365465, 12);
    expect(bound("clopper-pearson", "greater", 682, 925).upper).toBe(1);
    expect(bound("wilson", "less", 81, 263).upper).toBeCloseTo(0.3565663496084882, 12);
    expect(bound("wilson", "greater", 81, 263).lower).toBeCloseTo(0.26331361718848145, 12);
    expect(bound("wilson-cc", "less", 81, 263).upper).toBeCloseTo(0.35852658445712765, 12);
    expect(bound("wilson-cc", "greater", 81, 263).lower).toBeCloseTo(0.2615112021813427, 12);
  });

  it("puts every one-sided bound between the estimate and the two-sided bound at the same level", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom("wilson", "wilson-cc", "clopper-pearson" as const),
        fc.constantFrom(0.8, 0.9, 0.95, 0.99),
        (n, f, method, confidenceLevel) => {
          const r = Math.round(f * n);
          const two = estimateProportion(r, n, { method, confidenceLevel });
          const less = estimateProportion(r, n, { method, confidenceLevel, alternative: "less" });
          const greater = estimateProportion(r, n, {
            method,
            confidenceLevel,
            alternative: "greater",
          });
          if (!two.success || !less.success || !greater.success)
            throw new Error("unexpected failure");
          const p = r / n;
          const eps = 1e-12;
          expect(less.data.confidenceInterval.upper).toBeLessThanOrEqual(
            two.data.confidenceInterval.upper + eps,
          );
          expect(greater.data.confidenceInterval.lower).toBeGreaterThanOrEqual(
            two.data.confidenceInterval.lower - eps,
          );
          if (method !== "wilson-cc" || (r > 0 && r < n)) {
            expect(less.data.confidenceInterval.upper).toBeGreaterThanOrEqual(p - eps);
            expect(greater.data.confidenceInterval.lower).toBeLessThanOrEqual(p + eps);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("always contains the point estimate and stays within [0, 1]", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n, f) => {
          const r = Math.round(f * n);
          for (const method of ["wilson", "wilson-cc", "clopper-pearson"] as const) {
            const result = estimateProportion(r, n, { method });
            if (!result.success) throw new Error(result.error.message);
            const { lower, upper } = result.data.confidenceInterval;
            expect(lower).toBeGreaterThanOrEqual(0);
            expect(upper).toBeLessThanOrEqual(1);
            expect(lower).toBeLessThanOrEqual(r / n + 1e-12);
            expect(upper).toBeGreaterThanOrEqual(r / n - 1e-12);
          }
        },
      ),
    );
  });

  it("returns invalid_count for a count above the total and too_few_observations for 0/0", () => {
    const over = estimateProportion(5, 4);
    expect(!over.success && over.error.message).toBe(
      "proportion.count: expected at most proportion.total",
    );
    const empty = estimateProportion(0, 0);
    expect(!empty.success && empty.error.code).toBe("too_few_observations");
  });
});
