import { describe, expect, it } from "vitest";
import { summariseLikert } from "./summariseLikert.ts";

describe("summariseLikert", () => {
  it("gives the distribution over every level, the type-1 median and the top-2-box share", () => {
    const result = summariseLikert([5, 4, 4, 5, 3, 5, 2, 4]);
    if (!result.success) throw new Error(result.error.message);
    expect(result.data.distribution.map((l) => l.count)).toEqual([0, 1, 1, 3, 3]);
    expect(result.data.median).toBe(4);
    expect(result.data.topBoxLevels).toEqual([4, 5]);
    expect(result.data.topBox.count).toBe(6);
    expect(result.data.topBox.proportion).toBe(0.75);
  });

  it("takes the lower middle level when exactly half the answers are at or below it", () => {
    const result = summariseLikert([1, 2, 4, 5]);
    expect(result.success && result.data.median).toBe(2);
  });

  it("returns out_of_range naming the answer off the scale", () => {
    const result = summariseLikert([1, 6]);
    expect(!result.success && result.error.message).toBe(
      "responses[1]: expected one of 1, 2, 3, 4, 5",
    );
  });
});
