import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { accumulateMoments } from "./accumulateMoments.ts";
import { mergeMoments } from "./mergeMoments.ts";

describe("accumulateMoments and mergeMoments", () => {
  it("avoids the catastrophic cancellation of Σx² − (Σx)²/n (variance 30 for 1e9 + {4, 7, 13, 16})", () => {
    const state = accumulateMoments([4, 7, 13, 16].map((x) => x + 1e9));
    expect(state.m2 / (state.n - 1)).toBeCloseTo(30, 6);
  });

  it("merging any two-way split equals one pass (1e-9 relative)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 0, maxLength: 100 }),
        fc.nat(),
        (values, cut) => {
          const k = values.length === 0 ? 0 : cut % values.length;
          const merged = mergeMoments(
            accumulateMoments(values.slice(0, k)),
            accumulateMoments(values.slice(k)),
          );
          const one = accumulateMoments(values);
          const scale = Math.max(1, ...values.map(Math.abs));
          expect(merged.n).toBe(one.n);
          expect(Math.abs(merged.mean - one.mean)).toBeLessThanOrEqual(1e-9 * scale);
          expect(Math.abs(merged.m2 - one.m2)).toBeLessThanOrEqual(1e-9 * Math.max(one.m2, scale));
        },
      ),
    );
  });
});
