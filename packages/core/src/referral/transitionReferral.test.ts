import { describe, expect, it } from "vitest";
import { deepFreeze } from "../../../../scripts/test/deepFreeze.ts";
import { FULL_PATHWAY } from "../__fixtures__/pathway.ts";
import { getReferralStatus } from "./getReferralStatus.ts";
import type { Referral } from "./ReferralSchema.ts";
import { ReferralStatusSchema, type ReferralStatus } from "./ReferralStatusSchema.ts";
import { REFERRAL_TRANSITIONS } from "./referralTransitions.ts";
import { transitionReferral } from "./transitionReferral.ts";

const AT = "2026-09-10T10:00:00+01:00";

/** A referral standing in `status`, reached by a legal path (self-derived). */
function referralIn(status: ReferralStatus): Referral {
  const paths: Record<ReferralStatus, ReferralStatus[]> = {
    received: [],
    contacted: ["contacted"],
    assessed: ["contacted", "assessed"],
    plan_agreed: ["contacted", "assessed", "plan_agreed"],
    reviewed: ["contacted", "assessed", "plan_agreed", "reviewed"],
    closed: ["contacted", "closed"],
    declined: ["declined"],
    unable_to_contact: ["unable_to_contact"],
  };
  return {
    id: "ref-1",
    source: "self",
    receivedAt: "2026-09-07T09:00:00+01:00",
    reason: "Asked for help",
    history: paths[status].map((to) => ({
      to,
      at: "2026-09-08T09:00:00+01:00",
      reason: "Recorded",
    })),
  } as Referral;
}

const TARGETS = ReferralStatusSchema.options.filter((s) => s !== "received");

describe("transitionReferral", () => {
  // The lifecycle of issue 16: received → contacted → assessed → plan agreed → reviewed → closed,
  // with declined and unable to contact; every (from, to) pair is tried, 8 × 7 = 56 moves.
  const cases = ReferralStatusSchema.options.flatMap((from) =>
    TARGETS.map((to) => ({
      from,
      to,
      legal: (REFERRAL_TRANSITIONS[from] as readonly string[]).includes(to),
    })),
  );

  it("tries all 56 moves, and exactly the 15 moves of the lifecycle are legal", () => {
    // Written out from the lifecycle, independently of REFERRAL_TRANSITIONS.
    const lifecycle = [
      "received→contacted",
      "received→declined",
      "received→unable_to_contact",
      "contacted→assessed",
      "contacted→declined",
      "contacted→closed",
      "assessed→plan_agreed",
      "assessed→declined",
      "assessed→closed",
      "plan_agreed→reviewed",
      "plan_agreed→closed",
      "reviewed→reviewed",
      "reviewed→closed",
      "unable_to_contact→contacted",
      "unable_to_contact→closed",
    ];
    expect(cases).toHaveLength(56);
    expect(
      cases
        .filter((c) => c.legal)
        .map((c) => `${c.from}→${c.to}`)
        .sort(),
    ).toEqual(lifecycle.sort());
  });

  it.each(cases.filter((c) => c.legal))("allows $from → $to", ({ from, to }) => {
    const referral = deepFreeze(referralIn(from));
    const result = transitionReferral(referral, { to, at: AT, reason: "Because" });
    expect(result.success).toBe(true);
    if (result.success) {
      expect(getReferralStatus(result.data)).toBe(to);
      expect(result.data.history).toHaveLength(referral.history.length + 1);
    }
  });

  it.each(cases.filter((c) => !c.legal))("refuses $from → $to as a typed error", ({ from, to }) => {
    const result = transitionReferral(deepFreeze(referralIn(from)), {
      to,
      at: AT,
      reason: "Because",
    });
    expect(result).toMatchObject({
      success: false,
      error: { code: "illegal_transition", from, to, path: ["to"] },
    });
  });

  it("names the legal moves in the error", () => {
    const result = transitionReferral(referralIn("received"), { to: "assessed", at: AT });
    expect(!result.success && result.error.message).toBe(
      'to: expected a move from "received" to "contacted", "declined", "unable_to_contact", got "assessed"',
    );
  });

  it("says a final status has no way out", () => {
    const result = transitionReferral(FULL_PATHWAY, { to: "reviewed", at: "2026-12-10T10:00:00Z" });
    expect(!result.success && result.error.message).toContain('"closed" to nothing (it is final)');
  });

  it.each(["declined", "unable_to_contact", "closed"] as const)("needs a reason for %s", (to) => {
    const from: ReferralStatus = to === "closed" ? "contacted" : "received";
    const result = transitionReferral(referralIn(from), { to, at: AT });
    expect(result).toMatchObject({
      success: false,
      error: { code: "missing_reason", path: ["reason"] },
    });
  });

  it("refuses a step earlier than the last one, comparing instants across offsets", () => {
    // 2026-09-08T09:00+01:00 is 08:00Z; 08:30Z is later, 07:59Z earlier.
    const contacted = referralIn("contacted");
    expect(
      transitionReferral(contacted, { to: "assessed", at: "2026-09-08T08:30:00Z" }).success,
    ).toBe(true);
    expect(
      transitionReferral(contacted, { to: "assessed", at: "2026-09-08T07:59:00Z" }),
    ).toMatchObject({
      success: false,
      error: { code: "transition_out_of_order", path: ["at"] },
    });
  });

  it("does not change the referral it is given", () => {
    const referral = deepFreeze(referralIn("received"));
    transitionReferral(referral, { to: "contacted", at: AT });
    expect(referral.history).toHaveLength(0);
  });
});
