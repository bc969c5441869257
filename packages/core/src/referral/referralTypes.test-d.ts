import { describe, expectTypeOf, it } from "vitest";
import type { NextReferralStatus, ReferralStatus, ReferralTransitionIssue } from "../index.ts";

describe("referral lifecycle types", () => {
  it("lists the legal next statuses of each status as a type", () => {
    expectTypeOf<NextReferralStatus<"received">>().toEqualTypeOf<
      "contacted" | "declined" | "unable_to_contact"
    >();
    expectTypeOf<NextReferralStatus<"closed">>().toBeNever();
  });

  it("types the refusal of a move by its code and statuses", () => {
    expectTypeOf<ReferralTransitionIssue["code"]>().toEqualTypeOf<
      "illegal_transition" | "transition_out_of_order" | "missing_reason"
    >();
    expectTypeOf<ReferralTransitionIssue["from"]>().toEqualTypeOf<ReferralStatus>();
  });
});
