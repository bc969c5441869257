import { describe, expect, it } from "vitest";
import { estimateHedgesG } from "./estimateHedgesG.ts";
import { byTransmission, MTCARS } from "../__fixtures__/reference.ts";
import { withMeanSd } from "../__fixtures__/reference.ts";

describe("estimateHedgesG", () => {
  it("reproduces Borenstein et al. (2009, ch. 4) independent-groups example: d = 0.5970, V = 0.0418, g = 0.5924, V = 0.0411", () => {
    const base = Array.from({ length: 50 }, (_, i) => Math.sin(i * 1.7) + i / 25);
    const a = withMeanSd(base, 103, 5.5);
    const b = withMeanSd(
      base.map((x) => x * x),
      100,
      4.5,
    );
    const result = estimateHedgesG(a, b);
    if (!result.success) throw new Error(result.error.message);
    expect(result.data.ds.value).toBeCloseTo(0.597, 4);
    expect(result.data.ds.standardError ** 2).toBeCloseTo(0.0418, 4);
    expect(result.data.ds.standardError).toBeCloseTo(0.2044, 4);
    expect(result.data.gs.value).toBeCloseTo(0.5924, 4);
    expect(result.data.gs.standardError ** 2).toBeCloseTo(0.0411, 4);
    expect(result.data.gs.standardError).toBeCloseTo(0.2028, 4);
  });

  // effectsize: tests/testthat/test-cohens_d.R (testthat tolerance 0.001, relative) and the
  // cohens_d reference page (printed to 2 dp). Groups: am = 0 first, am = 1 second, as R's split.
  it("matches effectsize's noncentral-t intervals for mtcars wt ~ am (d 1.892 [1.030, 2.732], g 1.844 [1.004, 2.664])", () => {
    const [automatic, manual] = byTransmission(MTCARS.wt);
    const result = estimateHedgesG(automatic, manual);
    if (!result.success) throw new Error(result.error.message);
    const { ds, gs } = result.data;
    const near = (x: number, y: number): void => {
      expect(Math.abs(x - y)).toBeLessThanOrEqual(0.001 * Math.abs(y));
    };
    near(ds.value, 1.892);
    near(ds.confidenceInterval.lower, 1.03);
    near(ds.confidenceInterval.upper, 2.732);
    near(gs.value, 1.844);
    near(gs.confidenceInterval.lower, 1.004);
    near(gs.confidenceInterval.upper, 2.664);
    expect(ds.intervalMethod).toBe("noncentral-t");
  });

  it("matches effectsize's printed cohens_d(mpg ~ am) = -1.48 [-2.27, -0.67] and hedges_g = -1.44 [-2.21, -0.65]", () => {
    const [automatic, manual] = byTransmission(MTCARS.mpg);
    const result = estimateHedgesG(automatic, manual);
    if (!result.success) throw new Error(result.error.message);
    const { ds, gs } = result.data;
    expect(ds.value).toBeCloseTo(-1.48, 2);
    expect(ds.confidenceInterval.lower).toBeCloseTo(-2.27, 2);
    expect(ds.confidenceInterval.upper).toBeCloseTo(-0.67, 2);
    expect(gs.value).toBeCloseTo(-1.44, 2);
    expect(gs.confidenceInterval.lower).toBeCloseTo(-2.21, 2);
    expect(gs.confidenceInterval.upper).toBeCloseTo(-0.65, 2);
  });

  it('keeps the Wald interval g ± z·SE with ci: "wald"', () => {
    const [automatic, manual] = byTransmission(MTCARS.wt);
    const result = estimateHedgesG(automatic, manual, { ci: "wald" });
    if (!result.success) throw new Error(result.error.message);
    const { gs } = result.data;
    expect(gs.intervalMethod).toBe("wald");
    expect(gs.confidenceInterval.upper - gs.value).toBeCloseTo(
      1.959963984540054 * gs.standardError,
      12,
    );
  });

  it("returns zero_variance when neither group varies", () => {
    const result = estimateHedgesG([1, 1], [2, 2]);
    expect(!result.success && result.error.code).toBe("zero_variance");
  });
});
