import { describe, expect, it } from "vitest";
import { deepFreeze } from "../../../../scripts/test/deepFreeze.ts";
import { withdrawCarer } from "./withdrawCarer.ts";
import { cohortOf as fill } from "../__fixtures__/programmes.ts";

describe("withdrawCarer", () => {
  it("promotes the first waiting carer when someone withdraws", () => {
    const result = withdrawCarer(deepFreeze(fill(["a", "b", "c", "d"])), "a");
    expect(result.success && result.data).toEqual({
      cohort: { programmeId: "bt", capacity: 2, enrolled: ["b", "c"], waitingList: ["d"] },
      promoted: "c",
    });
  });

  it("removes a waiting carer without promoting anyone", () => {
    const result = withdrawCarer(fill(["a", "b", "c"]), "c");
    expect(result.success && result.data.cohort.waitingList).toEqual([]);
    expect(result.success && result.data.promoted).toBeUndefined();
  });
});
