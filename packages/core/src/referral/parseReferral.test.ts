import { describe, expect, it } from "vitest";
import { isCarerKitError } from "../errors/isCarerKitError.ts";
import { FULL_PATHWAY } from "../__fixtures__/pathway.ts";
import { getReferralStatus } from "./getReferralStatus.ts";
import { parseReferral } from "./parseReferral.ts";
import { safeParseReferral } from "./safeParseReferral.ts";

describe("parseReferral and safeParseReferral", () => {
  it("accept a referral that walked the whole main line", () => {
    expect(getReferralStatus(parseReferral(FULL_PATHWAY))).toBe("closed");
  });

  it("accept a new referral with no history", () => {
    expect(getReferralStatus(parseReferral({ ...FULL_PATHWAY, history: [] }))).toBe("received");
  });

  it("name the step of an illegal move in the history", () => {
    const result = safeParseReferral({
      ...FULL_PATHWAY,
      history: [{ to: "assessed", at: "2026-09-08T10:00:00Z" }],
    });
    expect(!result.success && result.error[0]).toMatchObject({
      code: "illegal_transition",
      path: ["history", 0, "to"],
    });
  });

  it("name a step out of time order and a missing reason", () => {
    const result = safeParseReferral({
      ...FULL_PATHWAY,
      history: [
        { to: "contacted", at: "2026-09-06T10:00:00Z" },
        { to: "declined", at: "2026-09-08T10:00:00Z" },
      ],
    });
    expect(!result.success && result.error.map((i) => [i.code, i.path])).toEqual([
      ["transition_out_of_order", ["history", 0, "at"]],
      ["missing_reason", ["history", 1, "reason"]],
    ]);
  });

  it("refuse an unknown source and do not echo the reason text", () => {
    const result = safeParseReferral({ ...FULL_PATHWAY, source: "pharmacy", reason: 7 });
    expect(!result.success && result.error.map((i) => i.path?.[0])).toEqual(["source", "reason"]);
  });

  it("throws a CarerKitError naming the entity", () => {
    try {
      parseReferral({ ...FULL_PATHWAY, receivedAt: "2026-09-07" });
      expect.unreachable();
    } catch (error) {
      expect(isCarerKitError(error) && error.message).toMatch(/^Invalid Referral: receivedAt:/);
    }
  });
});
