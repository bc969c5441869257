import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { computeProbability } from "./computeProbability.ts";
import type { Distribution } from "./distribution.ts";

// Reference values. "R" values are printed in R's documentation or the research note (R 4.2.2);
// "SciPy" values are derived here with SciPy 1.17.1 (Boost/Cephes), an implementation
// independent of stdlib. Tolerance: absolute unless said, as given in each row.
const LOWER_AND_UPPER: readonly {
  readonly q: number;
  readonly d: Distribution;
  readonly upper: number;
  readonly source: string;
  readonly rel: number;
}[] = [
  {
    q: 4.062127683382037,
    d: { name: "t", df: 9 },
    upper: 0.00283289019738427 / 2,
    source: "R sleep paired t, p/2",
    rel: 1e-12,
  },
  {
    q: 5,
    d: { name: "t", df: 3 },
    upper: 0.007696219036651147,
    source: "SciPy t.sf (derived)",
    rel: 1e-12,
  },
  {
    q: 9,
    d: { name: "normal" },
    upper: 1.1285884059538324e-19,
    source: "SciPy norm.sf (derived)",
    rel: 1e-12,
  },
  {
    q: 3.84,
    d: { name: "chi-square", df: 1 },
    upper: 0.05004352124870519,
    source: "SciPy chi2.sf (derived)",
    rel: 1e-12,
  },
  {
    q: 60,
    d: { name: "chi-square", df: 4 },
    upper: 2.9008631203404573e-12,
    source: "SciPy chi2.sf (derived)",
    rel: 1e-10,
  },
  {
    q: 8,
    d: { name: "binomial", size: 10, prob: 0.2 },
    upper: 4.1984e-6,
    source: "exact: 45·0.2⁹·0.8 + 10·0.2⁹·… (derived, SciPy agrees)",
    rel: 1e-12,
  },
  {
    q: 0.99,
    d: { name: "beta", shape1: 2, shape2: 5 },
    upper: 5.950000000000026e-10,
    source: "SciPy beta.sf (derived)",
    rel: 1e-9,
  },
  {
    q: 10,
    d: { name: "signed-rank", n: 10 },
    upper: 1 - 0.0419921875,
    source: "exact count 43/1024 (derived)",
    rel: 1e-14,
  },
];

describe("computeProbability", () => {
  it.each(LOWER_AND_UPPER)(
    "gives the upper tail of $d.name at $q ($source)",
    ({ q, d, upper, rel }) => {
      const up = computeProbability(q, d, { tail: "upper" });
      const low = computeProbability(q, d);
      if (!up.success || !low.success) throw new Error("unexpected failure");
      expect(Math.abs(up.data - upper)).toBeLessThanOrEqual(rel * upper);
      expect(low.data + up.data).toBeCloseTo(1, 12);
    },
  );

  it("gives R's pt(q, df, ncp) for the noncentral t (SciPy nct, Boost, derived; 1e-11)", () => {
    const cases = [
      [2, 9, 1, 0.8041440182555903],
      [-1, 5, 2, 0.0023163756540751507],
      [3.5, 20, 3, 0.6544921131565611],
      [0.5, 3, -1, 0.9242738812886191],
      [10, 50, 8, 0.9171470417861304],
      [-2, 10, -3, 0.8315141614119566],
    ] as const;
    for (const [t, df, ncp, expected] of cases) {
      const result = computeProbability(t, { name: "t", df, ncp });
      expect(result.success && result.data).toBeCloseTo(expected, 11);
    }
  });

  it("reduces to the central t when ncp is 0", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -30, max: 30, noNaN: true }),
        fc.double({ min: 0.5, max: 200, noNaN: true }),
        (q, df) => {
          const central = computeProbability(q, { name: "t", df });
          const zero = computeProbability(q, { name: "t", df, ncp: 0 });
          expect(zero).toEqual(central);
        },
      ),
    );
  });

  it("is increasing in q for every distribution", () => {
    const ds: Distribution[] = [
      { name: "normal", mean: 2, sd: 3 },
      { name: "t", df: 4, ncp: 1.5 },
      { name: "chi-square", df: 3 },
      { name: "binomial", size: 12, prob: 0.4 },
      { name: "beta", shape1: 0.7, shape2: 3 },
      { name: "signed-rank", n: 8 },
    ];
    fc.assert(
      fc.property(
        fc.double({ min: -5, max: 40, noNaN: true }),
        fc.double({ min: 0, max: 5, noNaN: true }),
        (q, step) => {
          for (const d of ds) {
            const a = computeProbability(q, d);
            const b = computeProbability(q + step, d);
            if (!a.success || !b.success) throw new Error("unexpected failure");
            expect(b.data).toBeGreaterThanOrEqual(a.data - 1e-12);
          }
        },
      ),
    );
  });

  it("names the bad parameter and never throws", () => {
    const bad = computeProbability(1, { name: "binomial", size: 2.5, prob: 0.5 });
    expect(bad).toEqual({
      success: false,
      error: {
        code: "invalid_option",
        message: "distribution.size: expected a non-negative integer",
        path: ["distribution", "size"],
      },
    });
    expect(computeProbability(Number.NaN, { name: "normal" }).success).toBe(false);
    expect(computeProbability(1, { name: "t", df: 0 }).success).toBe(false);
    expect(computeProbability(1, { name: "beta", shape1: 1, shape2: -1 }).success).toBe(false);
  });
});
