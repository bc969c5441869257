import { describe, expect, it } from "vitest";
import { estimateHedgesG } from "./estimateHedgesG.ts";
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

  it("returns zero_variance when neither group varies", () => {
    const result = estimateHedgesG([1, 1], [2, 2]);
    expect(!result.success && result.error.code).toBe("zero_variance");
  });
});
