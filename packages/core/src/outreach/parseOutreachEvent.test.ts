import { describe, expect, it } from "vitest";
import { parseOutreachEvent } from "./parseOutreachEvent.ts";
import { safeParseOutreachEvent } from "./safeParseOutreachEvent.ts";

const TEA_AND_CHAT = {
  id: "out-1",
  kind: "drop_in",
  title: "Tea & Chat",
  place: "Outpatients, Example General Hospital",
  date: "2026-06-11",
  peopleMet: 104,
  carersIdentified: 23,
  referralsMade: 9,
  leafletsGiven: 60,
};

describe("parseOutreachEvent and safeParseOutreachEvent", () => {
  it("accept a drop-in counted in people, carers identified, referrals and leaflets", () => {
    expect(parseOutreachEvent(TEA_AND_CHAT).peopleMet).toBe(104);
  });

  it("refuse a list of names, which has no place on an outreach record", () => {
    const result = safeParseOutreachEvent({ ...TEA_AND_CHAT, attendees: ["A. Person"] });
    expect(!result.success && result.error[0]?.message).toBe(
      '(root): expected only known fields, got unknown key "attendees"',
    );
  });

  it("refuse more carers identified than people met, or more referrals than carers identified", () => {
    const result = safeParseOutreachEvent({
      ...TEA_AND_CHAT,
      carersIdentified: 105,
      referralsMade: 106,
    });
    expect(!result.success && result.error.map((i) => [i.code, i.path?.[0]])).toEqual([
      ["too_big", "carersIdentified"],
      ["too_big", "referralsMade"],
    ]);
  });
});
