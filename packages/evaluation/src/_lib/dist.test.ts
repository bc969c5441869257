import { describe, expect, it } from "vitest";
import fc from "fast-check";
import betaQuantile from "@stdlib/stats-base-dists-beta-quantile";
import tQuantile from "@stdlib/stats-base-dists-t-quantile";
import { pt, qbeta, qt } from "./dist.ts";

describe("distribution facade", () => {
  it("matches R's qt to the last digits (values from R 4.2.2 in the research note)", () => {
    expect(qt(0.975, 9)).toBeCloseTo(2.262157162798205, 13);
    expect(qt(0.975, 1e6)).toBeCloseTo(1.959966356814107, 12);
    expect(qt(1e-10, 5) / -156.8255927088943).toBeCloseTo(1, 12);
    expect(2 * pt(-4.062127683382037, 9)).toBeCloseTo(0.00283289019738427, 15);
  });

  it("matches R's binom.test(682, 925) Clopper–Pearson bounds via qbeta", () => {
    expect(qbeta(0.025, 682, 244)).toBeCloseTo(0.707668264079039, 13);
    expect(qbeta(0.975, 683, 243)).toBeCloseTo(0.765406558241525, 13);
  });

  it("agrees with @stdlib's own t and beta quantiles to 1e-12 relative", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-8, max: 1 - 1e-8, noNaN: true }),
        fc.double({ min: 0.5, max: 500, noNaN: true }),
        fc.double({ min: 0.5, max: 500, noNaN: true }),
        (p, a, b) => {
          const t = qt(p, a);
          expect(Math.abs(t - tQuantile(p, a))).toBeLessThanOrEqual(
            1e-12 * Math.max(1, Math.abs(t)),
          );
          const x = qbeta(p, a, b);
          expect(Math.abs(x - betaQuantile(p, a, b))).toBeLessThanOrEqual(
            1e-12 * Math.max(1e-3, x),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it("handles the edges as R does", () => {
    expect(qt(0, 3)).toBe(Number.NEGATIVE_INFINITY);
    expect(qt(1, 3)).toBe(Number.POSITIVE_INFINITY);
    expect(qt(0.5, 3)).toBe(0);
    expect(qt(Number.NaN, 3)).toBeNaN();
    expect(qbeta(0, 2, 3)).toBe(0);
    expect(qbeta(1, 2, 3)).toBe(1);
  });
});
