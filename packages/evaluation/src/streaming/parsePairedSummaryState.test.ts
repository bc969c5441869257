import { describe, expect, it } from "vitest";
import { isCarerKitError } from "@carerkit/core";
import fc from "fast-check";
import { accumulatePairs } from "./accumulatePairs.ts";
import { parsePairedSummaryState } from "./parsePairedSummaryState.ts";

describe("parsePairedSummaryState", () => {
  it("round-trips any state through JSON", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 7, max: 35 }), fc.integer({ min: 7, max: 35 }))),
        (pairs) => {
          const state = accumulatePairs(
            pairs.map((p) => p[0]),
            pairs.map((p) => p[1]),
          );
          expect(parsePairedSummaryState(JSON.parse(JSON.stringify(state)))).toEqual(state);
        },
      ),
    );
  });

  it("throws a CarerKitError naming each bad field", () => {
    const state = { ...accumulatePairs([1, 2], [2, 2]), version: 2, zero: -1 };
    try {
      parsePairedSummaryState(state);
      expect.unreachable();
    } catch (error) {
      expect(isCarerKitError(error)).toBe(true);
      if (!isCarerKitError(error)) return;
      expect(error.code).toBe("invalid_input");
      expect(error.issues.map((i) => i.path?.[0])).toEqual(["version", "zero"]);
    }
  });

  it("rejects counts that do not add up to n", () => {
    const state = { ...accumulatePairs([1, 2], [2, 2]), positive: 5 };
    expect(() => parsePairedSummaryState(state)).toThrow("Not a paired summary state");
  });
});
