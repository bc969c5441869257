import { describe, expect, it } from "vitest";
import { estimateGlassDelta } from "./estimateGlassDelta.ts";
import { byTransmission, MTCARS } from "../__fixtures__/reference.ts";

describe("estimateGlassDelta", () => {
  it("matches effectsize's tests: glass_delta(wt ~ am) = 2.200 [1.008664, 3.352597] (0.001 relative)", () => {
    // effectsize tests/testthat/test-cohens_d.R (unadjusted Δ, the control group's SD = am 1).
    const [automatic, manual] = byTransmission(MTCARS.wt);
    const result = estimateGlassDelta(automatic, manual);
    if (!result.success) throw new Error(result.error.message);
    const near = (x: number, y: number): void => {
      expect(Math.abs(x - y)).toBeLessThanOrEqual(0.001 * Math.abs(y));
    };
    near(result.data.value, 2.2);
    near(result.data.confidenceInterval.lower, 1.008664);
    near(result.data.confidenceInterval.upper, 3.352597);
    expect(result.data.name).toBe("glass_delta");
  });

  it("reduces the Wald variance to Hedges & Olkin's (n_a + n_b)/(n_a·n_b) + Δ²/(2(n_b − 1)) for equal SDs", () => {
    const a = [10, 12, 14, 16, 18];
    const b = [4, 6, 8, 10, 12]; // same SD as a
    const result = estimateGlassDelta(a, b, { ci: "wald" });
    if (!result.success) throw new Error(result.error.message);
    const delta = 6 / Math.sqrt(10);
    expect(result.data.value).toBeCloseTo(delta, 12);
    expect(result.data.standardError ** 2).toBeCloseTo(10 / 25 + (delta * delta) / 8, 12);
  });

  it("returns zero_variance when the control group does not vary", () => {
    const result = estimateGlassDelta([1, 2, 3], [5, 5, 5]);
    expect(!result.success && result.error).toMatchObject({ code: "zero_variance", path: ["b"] });
  });
});
