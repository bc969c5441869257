import { describe, expect, it } from "vitest";
import { SYNTHETIC_CONSENT } from "../__fixtures__/synthetic.ts";
import { parseConsent } from "./parseConsent.ts";
import { safeParseConsent } from "./safeParseConsent.ts";

describe("parseConsent and safeParseConsent", () => {
  it("accept a consent with an offset timestamp", () => {
    expect(parseConsent(SYNTHETIC_CONSENT).givenAt).toBe("2026-05-01T10:00:00+01:00");
  });

  it("compare withdrawal and giving as instants, whatever the offsets", () => {
    // 09:30Z is after 10:00+01:00 (09:00Z), though it reads earlier.
    const later = { ...SYNTHETIC_CONSENT, withdrawnAt: "2026-05-01T09:30:00Z" };
    expect(safeParseConsent(later).success).toBe(true);
    const earlier = { ...SYNTHETIC_CONSENT, withdrawnAt: "2026-05-01T08:30:00Z" };
    expect(!safeParseConsent(earlier).success && safeParseConsent(earlier)).toMatchObject({
      error: [{ code: "withdrawn_before_given", path: ["withdrawnAt"] }],
    });
  });

  it("reject a timestamp without a time zone, because its instant would depend on the host", () => {
    const result = safeParseConsent({ ...SYNTHETIC_CONSENT, givenAt: "2026-05-01T10:00:00" });
    expect(!result.success && result.error[0]?.message).toBe(
      "givenAt: expected an ISO 8601 date-time with Z or an offset, got a string of 19 characters",
    );
  });

  it("require the recipient when sharing with a circle member", () => {
    const withoutRecipient = Object.fromEntries(
      Object.entries(SYNTHETIC_CONSENT).filter(([key]) => key !== "recipientId"),
    );
    const result = safeParseConsent(withoutRecipient);
    expect(!result.success && result.error[0]?.code).toBe("missing_recipient");
  });

  it("require a non-empty scope", () => {
    const result = safeParseConsent({ ...SYNTHETIC_CONSENT, scope: [] });
    expect(!result.success && result.error[0]?.message).toBe(
      "scope: expected at least 1 item, got an array of 0 items",
    );
  });
});
