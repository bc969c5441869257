import { describe, expect, it } from "vitest";
import { createCohort } from "./createCohort.ts";

describe("createCohort", () => {
  it("starts an empty cohort with its capacity", () => {
    expect(createCohort("bt", 12)).toEqual({
      success: true,
      data: { programmeId: "bt", capacity: 12, enrolled: [], waitingList: [] },
    });
  });

  it("rejects a capacity that is not a whole number ≥ 0", () => {
    for (const capacity of [-1, 2.5, Number.NaN]) {
      const result = createCohort("bt", capacity);
      expect(result.success ? "" : result.error.code).toBe("invalid_argument");
    }
  });
});
