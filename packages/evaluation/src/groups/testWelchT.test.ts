import { describe, expect, it } from "vitest";
import { testWelchT } from "./testWelchT.ts";
import { SLEEP } from "../__fixtures__/reference.ts";

describe("testWelchT", () => {
  it("reproduces R's Welch test on the sleep data (t = -1.8608, df = 17.776, p = 0.07939)", () => {
    // R: t.test(extra ~ group, data = sleep)
    const result = testWelchT(SLEEP.group1, SLEEP.group2);
    if (!result.success) throw new Error(result.error.message);
    expect(result.data.method).toBe("Welch Two Sample t-test");
    expect(result.data.statistic.value).toBeCloseTo(-1.8608, 4);
    expect(result.data.parameter?.value).toBeCloseTo(17.776, 3);
    expect(result.data.pValue).toBeCloseTo(0.07939, 5);
    expect(result.data.confidenceInterval?.lower).toBeCloseTo(-3.3654832, 7);
    expect(result.data.confidenceInterval?.upper).toBeCloseTo(0.2054832, 7);
  });

  it("returns too_few_observations for a group of one", () => {
    const result = testWelchT([1], [1, 2, 3]);
    expect(!result.success && result.error.code).toBe("too_few_observations");
  });
});
