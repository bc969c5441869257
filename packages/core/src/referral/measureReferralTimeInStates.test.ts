import { describe, expect, it } from "vitest";
import { deepFreeze } from "../../../../scripts/test/deepFreeze.ts";
import { isCarerKitError } from "../errors/isCarerKitError.ts";
import { EASTER_REFERRAL, ENGLAND_SPRING_2026, FULL_PATHWAY } from "../__fixtures__/pathway.ts";
import { measureReferralTimeInStates } from "./measureReferralTimeInStates.ts";
import type { Referral } from "./ReferralSchema.ts";

describe("measureReferralTimeInStates", () => {
  it("measures every stay of the main line and leaves the final status unmeasured", () => {
    const time = measureReferralTimeInStates(deepFreeze(FULL_PATHWAY), {
      asOf: "2026-12-31T12:00:00Z",
    });
    expect(time.stays.map((s) => [s.status, s.calendarDays])).toEqual([
      ["received", 2], // 7 → 9 Sep
      ["contacted", 14], // 9 → 23 Sep
      ["assessed", 14], // 23 Sep → 7 Oct
      ["plan_agreed", 56], // 7 Oct → 2 Dec
      ["reviewed", 7], // 2 → 9 Dec
      ["closed", null],
    ]);
    // 09:00 BST (08:00Z) on 7 Sep to 11:00 BST (10:00Z) on 9 Sep: 50 hours.
    expect(time.totalHours.received).toBe(50);
    expect(time.stays.at(-1)).toMatchObject({ status: "closed", current: true, hours: null });
  });

  it("counts an hour less across the spring clock change", () => {
    // Noon GMT Saturday 28 March to noon BST Sunday 29 March 2026 is 23 elapsed hours.
    const referral: Referral = {
      ...EASTER_REFERRAL,
      receivedAt: "2026-03-28T12:00:00Z",
      history: [{ to: "contacted", at: "2026-03-29T12:00:00+01:00" }],
    };
    const time = measureReferralTimeInStates(referral, { asOf: "2026-03-29T12:00:00+01:00" });
    expect(time.stays[0]).toMatchObject({ hours: 23, calendarDays: 1, workingDays: 0 });
    expect(time.stays[1]).toMatchObject({
      status: "contacted",
      current: true,
      hours: 0,
      leftAt: null,
    });
  });

  it("counts working days in a stay across Easter 2026 with the GOV.UK holidays", () => {
    // Thu 2 April to Tue 14 April: weekdays after the 2nd are 3, 6–10, 13, 14 (8), less Good
    // Friday and Easter Monday = 6 working days.
    const time = measureReferralTimeInStates(EASTER_REFERRAL, {
      asOf: "2026-04-14T09:00:00+01:00",
      holidays: ENGLAND_SPRING_2026,
    });
    expect(time.stays[0]).toMatchObject({
      status: "received",
      current: true,
      calendarDays: 12,
      workingDays: 6,
    });
  });

  it("sums a status visited twice", () => {
    const referral: Referral = {
      ...FULL_PATHWAY,
      history: [
        ...FULL_PATHWAY.history.slice(0, 4),
        { to: "reviewed", at: "2026-12-04T10:00:00Z" },
      ],
    };
    const time = measureReferralTimeInStates(referral, { asOf: "2026-12-05T10:00:00Z" });
    expect(time.totalHours.reviewed).toBe(72);
  });

  it("refuses an asOf before the last step", () => {
    try {
      measureReferralTimeInStates(FULL_PATHWAY, { asOf: "2026-12-01T00:00:00Z" });
      expect.unreachable();
    } catch (error) {
      expect(isCarerKitError(error) && error.issues[0]?.path).toEqual(["asOf"]);
    }
  });
});
