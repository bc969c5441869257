import { describe, expect, it } from "vitest";
import { estimateProportionDifference } from "./estimateProportionDifference.ts";

// Newcombe RG (1998b). Interval estimation for the difference between independent proportions:
// comparison of eleven methods. Stat Med 17:873–890, illustrative examples, method 10.
const NEWCOMBE_METHOD_10 = [
  { a: [56, 70], b: [48, 80], ci: [0.0524, 0.3339] },
  { a: [9, 10], b: [3, 10], ci: [0.1705, 0.809] },
  { a: [5, 56], b: [0, 29], ci: [-0.0381, 0.1926] },
  { a: [0, 10], b: [0, 20], ci: [-0.1611, 0.2775] },
  { a: [0, 10], b: [0, 10], ci: [-0.2775, 0.2775] },
  { a: [10, 10], b: [0, 20], ci: [0.6791, 1.0] },
  { a: [10, 10], b: [0, 10], ci: [0.6075, 1.0] },
] as const;

describe("estimateProportionDifference", () => {
  it.each(NEWCOMBE_METHOD_10)(
    "matches Newcombe (1998) method 10 for $a − $b to 4 decimal places",
    ({ a, b, ci }) => {
      const result = estimateProportionDifference(
        { count: a[0], total: a[1] },
        { count: b[0], total: b[1] },
      );
      if (!result.success) throw new Error(result.error.message);
      expect(result.data.confidenceInterval.lower).toBeCloseTo(ci[0], 4);
      expect(result.data.confidenceInterval.upper).toBeCloseTo(ci[1], 4);
    },
  );

  it("returns invalid_count naming the group", () => {
    const result = estimateProportionDifference({ count: 1, total: 2 }, { count: 3, total: 2 });
    expect(!result.success && result.error.path).toEqual(["b", "count"]);
  });
});
