import { describe, expect, it } from "vitest";
import { countChangeDirections } from "./countChangeDirections.ts";

describe("countChangeDirections", () => {
  it("counts improved, unchanged, deteriorated and meeting the MIC", () => {
    const result = countChangeDirections([40, 42, 38, 45], [44, 42, 35, 47], {
      minimalImportantChange: 3,
    });
    if (!result.success) throw new Error(result.error.message);
    expect(result.data.improved.count).toBe(2);
    expect(result.data.unchanged.count).toBe(1);
    expect(result.data.deteriorated.count).toBe(1);
    expect(result.data.meetingMinimalImportantChange?.count).toBe(1);
    expect(result.data.improved.confidenceInterval.lower).toBeGreaterThan(0);
  });

  it("treats a fall as improvement on lower-is-better scales", () => {
    const result = countChangeDirections([20, 10], [12, 14], { direction: "lower-is-better" });
    expect(result.success && result.data.improved.count).toBe(1);
    expect(result.success && result.data.deteriorated.count).toBe(1);
  });

  it("returns invalid_option for a non-positive MIC", () => {
    const result = countChangeDirections([1], [2], { minimalImportantChange: 0 });
    expect(!result.success && result.error.code).toBe("invalid_option");
  });
});
