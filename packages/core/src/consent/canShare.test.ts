import { describe, expect, it } from "vitest";
import { SYNTHETIC_CONSENT } from "../__fixtures__/synthetic.ts";
import { canShare, type ShareRequest } from "./canShare.ts";
import { parseConsent } from "./parseConsent.ts";

const consent = parseConsent(SYNTHETIC_CONSENT); // given 2026-05-01T10:00:00+01:00, to m-2
const request: ShareRequest = {
  subjectId: "carer-0001",
  purpose: "share_with_circle_member",
  recipientId: "m-2",
  categories: ["care_plan"],
};

describe("canShare", () => {
  it("allows what a live consent covers, and says which consent", () => {
    expect(canShare([consent], request, "2026-06-01T00:00:00Z")).toEqual({
      allowed: true,
      reason: "covered_by_consent",
      explanation:
        "Allowed: consent consent-0001 covers care_plan for share_with_circle_member with m-2.",
      consentIds: ["consent-0001"],
      uncovered: [],
    });
  });

  it("refuses when there is no consent at all", () => {
    const decision = canShare([], request, "2026-06-01T00:00:00Z");
    expect(decision).toMatchObject({ allowed: false, reason: "no_consent" });
    expect(decision.explanation).toBe(
      "Not allowed: there is no consent from carer-0001 for share_with_circle_member with m-2.",
    );
  });

  it("refuses a different recipient than the one consented to", () => {
    const decision = canShare(
      [consent],
      { ...request, recipientId: "m-3" },
      "2026-06-01T00:00:00Z",
    );
    expect(decision.reason).toBe("no_consent");
  });

  it("refuses before the consent was given, comparing instants across offsets", () => {
    // 08:59Z is one minute before 10:00+01:00.
    const decision = canShare([consent], request, "2026-05-01T08:59:00Z");
    expect(decision).toMatchObject({ allowed: false, reason: "consent_not_yet_given" });
    expect(canShare([consent], request, "2026-05-01T09:00:00Z").allowed).toBe(true);
  });

  it("refuses from the moment of withdrawal, and says so", () => {
    const withdrawn = { ...consent, withdrawnAt: "2026-07-01T12:00:00Z" };
    expect(canShare([withdrawn], request, "2026-07-01T11:59:59Z").allowed).toBe(true);
    const decision = canShare([withdrawn], request, "2026-07-01T12:00:00Z");
    expect(decision).toMatchObject({ allowed: false, reason: "consent_withdrawn" });
    expect(decision.explanation).toBe(
      "Not allowed: consent consent-0001 for share_with_circle_member with m-2 was withdrawn at 2026-07-01T12:00:00Z.",
    );
  });

  it("refuses after expiry", () => {
    const expiring = { ...consent, expiresAt: "2027-05-01T00:00:00Z" };
    expect(canShare([expiring], request, "2027-05-02T00:00:00Z").reason).toBe("consent_expired");
  });

  it("refuses categories outside the scope and lists them", () => {
    const decision = canShare(
      [consent],
      { ...request, categories: ["care_plan", "medication"] },
      "2026-06-01T00:00:00Z",
    );
    expect(decision).toMatchObject({
      allowed: false,
      reason: "outside_scope",
      uncovered: ["medication"],
    });
    expect(decision.explanation).toBe(
      "Not allowed: the consent for share_with_circle_member with m-2 does not cover medication.",
    );
  });

  it("combines the scopes of several live consents", () => {
    const second = { ...consent, id: "consent-0002", scope: ["medication" as const] };
    const decision = canShare(
      [consent, second],
      { ...request, categories: ["care_plan", "medication"] },
      "2026-06-01T00:00:00Z",
    );
    expect(decision).toMatchObject({ allowed: true, consentIds: ["consent-0001", "consent-0002"] });
  });

  it("ignores other people's consents", () => {
    const decision = canShare(
      [consent],
      { ...request, subjectId: "carer-0002" },
      "2026-06-01T00:00:00Z",
    );
    expect(decision.reason).toBe("no_consent");
  });
});
