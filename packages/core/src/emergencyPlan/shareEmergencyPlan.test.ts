import { describe, expect, it } from "vitest";
import { deepFreeze } from "../../../../scripts/test/deepFreeze.ts";
import { isCarerKitError } from "../errors/isCarerKitError.ts";
import type { Consent } from "../consent/ConsentSchema.ts";
import { COMPLETE_PLAN, EMPTY_PLAN } from "../__fixtures__/emergencyPlans.ts";
import { shareEmergencyPlan } from "./shareEmergencyPlan.ts";

const FROM_PAT: Consent = {
  id: "consent-pat",
  subjectId: "person-0001",
  purpose: "share_with_circle_member",
  recipientId: "member-3",
  scope: ["care_plan", "about_me", "medication"],
  givenAt: "2026-09-01T10:00:00+01:00",
};
const FROM_ALEX: Consent = {
  id: "consent-alex",
  subjectId: "carer-0001",
  purpose: "share_with_circle_member",
  recipientId: "member-3",
  scope: ["contact_details"],
  givenAt: "2026-09-01T10:00:00+01:00",
};
const REQUEST = { recipientId: "member-3", asOf: "2026-11-22T09:00:00Z" };

describe("shareEmergencyPlan", () => {
  it("shares when both the cared-for person and the carer consented to this recipient", () => {
    const shared = shareEmergencyPlan(
      deepFreeze(COMPLETE_PLAN),
      deepFreeze([FROM_PAT, FROM_ALEX]),
      REQUEST,
    );
    expect(shared).toEqual({ success: true, data: COMPLETE_PLAN });
  });

  it("refuses without the carer's consent for the step-in contacts", () => {
    const shared = shareEmergencyPlan(COMPLETE_PLAN, [FROM_PAT], REQUEST);
    expect(shared).toMatchObject({
      success: false,
      error: {
        code: "consent_required",
        subject: "carer",
        path: ["carerId"],
        decision: { reason: "no_consent" },
      },
    });
  });

  it("refuses when the cared-for person's consent does not cover medication", () => {
    const shared = shareEmergencyPlan(
      COMPLETE_PLAN,
      [{ ...FROM_PAT, scope: ["care_plan", "about_me"] }, FROM_ALEX],
      REQUEST,
    );
    expect(!shared.success && shared.error.decision).toMatchObject({
      reason: "outside_scope",
      uncovered: ["medication"],
    });
  });

  it("does not ask for medication consent when no medicine is listed", () => {
    const plan = { ...EMPTY_PLAN, carerId: "carer-0001", caredForId: "person-0001" };
    const consents = [{ ...FROM_PAT, scope: ["care_plan", "about_me"] as const }, FROM_ALEX];
    expect(shareEmergencyPlan(plan, consents as Consent[], REQUEST).success).toBe(true);
  });

  it("refuses after the consent was withdrawn, and for another recipient", () => {
    const withdrawn = { ...FROM_PAT, withdrawnAt: "2026-11-01T10:00:00Z" };
    expect(
      !shareEmergencyPlan(COMPLETE_PLAN, [withdrawn, FROM_ALEX], REQUEST).success && "refused",
    ).toBe("refused");
    const other = shareEmergencyPlan(COMPLETE_PLAN, [FROM_PAT, FROM_ALEX], {
      ...REQUEST,
      recipientId: "member-9",
    });
    expect(!other.success && other.error.subject).toBe("cared_for");
  });

  it("throws naming asOf when it cannot be read, rather than deciding on it", () => {
    try {
      shareEmergencyPlan(COMPLETE_PLAN, [FROM_PAT, FROM_ALEX], {
        ...REQUEST,
        asOf: "next Tuesday",
      });
      expect.unreachable();
    } catch (error) {
      expect(isCarerKitError(error) && error.issues[0]?.path).toEqual(["request.asOf"]);
    }
  });
});
