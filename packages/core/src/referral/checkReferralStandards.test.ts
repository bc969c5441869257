import { describe, expect, it } from "vitest";
import { deepFreeze } from "../../../../scripts/test/deepFreeze.ts";
import { isCarerKitError } from "../errors/isCarerKitError.ts";
import { EASTER_REFERRAL, ENGLAND_SPRING_2026, FULL_PATHWAY } from "../__fixtures__/pathway.ts";
import { checkReferralStandards, type ReferralStandard } from "./checkReferralStandards.ts";
import type { Referral } from "./ReferralSchema.ts";

const CONTACT_5WD: ReferralStandard = {
  id: "contact-5wd",
  label: "Contacted within 5 working days",
  from: "received",
  to: ["contacted"],
  within: 5,
  unit: "working_days",
};
const ASSESS_28D: ReferralStandard = {
  id: "assess-28d",
  label: "Assessed within 28 days of contact",
  from: "contacted",
  to: ["assessed"],
  within: 28,
  unit: "calendar_days",
};

const contactedAt = (referral: Referral, at: string): Referral => ({
  ...referral,
  history: [{ to: "contacted", at }],
});

function one(referral: Referral, standard: ReferralStandard, asOf: string, holidays?: string[]) {
  const report = checkReferralStandards([referral], [standard], { asOf, holidays });
  return report.results[0];
}

describe("checkReferralStandards: working days across Easter 2026", () => {
  // Received Thursday 2 April 2026. Good Friday (3 April) and Easter Monday (6 April) are bank
  // holidays (GOV.UK bank-holidays.json). Hand count of 5 working days: Tue 7 (1), Wed 8 (2),
  // Thu 9 (3), Fri 10 (4), Mon 13 (5) → due Monday 13 April.
  it("is met on Monday 13 April when the bank holidays are passed in", () => {
    const referral = contactedAt(EASTER_REFERRAL, "2026-04-13T16:00:00+01:00");
    expect(one(referral, CONTACT_5WD, "2026-04-20T12:00:00Z", ENGLAND_SPRING_2026)).toEqual({
      referralId: "ref-easter",
      standardId: "contact-5wd",
      outcome: "met",
      startedOn: "2026-04-02",
      dueOn: "2026-04-13",
      reachedOn: "2026-04-13",
      elapsed: 5,
    });
  });

  it("is breached the same day without them: due Thursday 9 April, 7 weekdays taken", () => {
    // Weekdays only: Fri 3 (1), Mon 6 (2), Tue 7 (3), Wed 8 (4), Thu 9 (5); 13 April is the 7th.
    const referral = contactedAt(EASTER_REFERRAL, "2026-04-13T16:00:00+01:00");
    expect(one(referral, CONTACT_5WD, "2026-04-20T12:00:00Z")).toMatchObject({
      outcome: "breached",
      dueOn: "2026-04-09",
      elapsed: 7,
    });
  });

  it("lists the late one among the breaches and not the one in time", () => {
    const late = { ...contactedAt(EASTER_REFERRAL, "2026-04-14T09:00:00+01:00"), id: "late" };
    const onTime = { ...contactedAt(EASTER_REFERRAL, "2026-04-07T09:00:00+01:00"), id: "on-time" };
    const report = checkReferralStandards(deepFreeze([late, onTime]), [CONTACT_5WD], {
      asOf: "2026-04-20T12:00:00Z",
      holidays: ENGLAND_SPRING_2026,
    });
    expect(report.results.map((r) => r.outcome)).toEqual(["breached", "met"]);
    expect(report.breaches.map((r) => r.referralId)).toEqual(["late"]);
  });
  it("meets a same-day standard when contact comes on Good Friday, before any further working day", () => {
    // Found by the property test: received Thursday 2 April, contacted just after midnight on
    // Good Friday (a bank holiday). No working day has passed: 0 working days, met.
    const sameDay = { ...CONTACT_5WD, id: "same-day", within: 0 };
    const referral = contactedAt(EASTER_REFERRAL, "2026-04-03T00:00:00+01:00");
    expect(one(referral, sameDay, "2026-04-20T12:00:00Z", ENGLAND_SPRING_2026)).toMatchObject({
      outcome: "met",
      dueOn: "2026-04-02",
      reachedOn: "2026-04-03",
      elapsed: 0,
    });
  });
});

describe("checkReferralStandards: dates across the clock change", () => {
  // Clocks went forward at 01:00 UTC on Sunday 29 March 2026. 23:30Z that evening is 00:30 BST
  // on Monday 30 March, so the clock starts on Monday in London (on Sunday in UTC).
  const midnight: Referral = {
    ...EASTER_REFERRAL,
    id: "ref-dst",
    receivedAt: "2026-03-29T23:30:00Z",
  };
  const oneDay: ReferralStandard = { ...CONTACT_5WD, id: "contact-1wd", within: 1 };

  it("counts from Monday in London: due Tuesday 31 March, met", () => {
    const referral = contactedAt(midnight, "2026-03-31T09:00:00+01:00");
    expect(one(referral, oneDay, "2026-04-01T12:00:00Z")).toMatchObject({
      startedOn: "2026-03-30",
      dueOn: "2026-03-31",
      outcome: "met",
    });
  });

  it("counts from Sunday in UTC: due Monday 30 March, breached", () => {
    const referral = contactedAt(midnight, "2026-03-31T09:00:00+01:00");
    const report = checkReferralStandards([referral], [oneDay], {
      asOf: "2026-04-01T12:00:00Z",
      timeZone: "UTC",
    });
    expect(report.results[0]).toMatchObject({
      startedOn: "2026-03-29",
      dueOn: "2026-03-30",
      outcome: "breached",
    });
  });

  it("reads the autumn change too: 23:30Z on Saturday 24 October is Sunday 00:30 BST", () => {
    const referral = { ...midnight, receivedAt: "2026-10-24T23:30:00Z" };
    expect(one(referral, oneDay, "2026-10-25T12:00:00Z")).toMatchObject({
      startedOn: "2026-10-25",
      dueOn: "2026-10-26",
      outcome: "pending",
    });
  });
});

describe("checkReferralStandards: every outcome", () => {
  it("is overdue when still waiting past the due date at asOf", () => {
    expect(
      one(EASTER_REFERRAL, CONTACT_5WD, "2026-04-14T09:00:00+01:00", ENGLAND_SPRING_2026),
    ).toMatchObject({
      outcome: "overdue",
      reachedOn: null,
      elapsed: 6,
    });
  });

  it("is pending on the due date itself", () => {
    expect(
      one(EASTER_REFERRAL, CONTACT_5WD, "2026-04-13T17:00:00+01:00", ENGLAND_SPRING_2026),
    ).toMatchObject({
      outcome: "pending",
      elapsed: 5,
    });
  });

  it("is ended_unmet when declined after the due date without contact", () => {
    const referral: Referral = {
      ...EASTER_REFERRAL,
      history: [{ to: "declined", at: "2026-04-20T10:00:00+01:00", reason: "Has family support" }],
    };
    expect(one(referral, CONTACT_5WD, "2026-04-30T12:00:00Z", ENGLAND_SPRING_2026)?.outcome).toBe(
      "ended_unmet",
    );
  });

  it("is not applicable when declined before the due date", () => {
    const referral: Referral = {
      ...EASTER_REFERRAL,
      history: [{ to: "declined", at: "2026-04-07T10:00:00+01:00", reason: "Has family support" }],
    };
    expect(one(referral, CONTACT_5WD, "2026-04-30T12:00:00Z", ENGLAND_SPRING_2026)?.outcome).toBe(
      "not_applicable",
    );
  });

  it("is not applicable when its clock never started", () => {
    expect(one(EASTER_REFERRAL, ASSESS_28D, "2026-06-30T12:00:00Z")).toMatchObject({
      outcome: "not_applicable",
      startedOn: null,
      dueOn: null,
    });
  });

  it("counts calendar days from the first contact: assessed 14 days later is met", () => {
    // Contacted 9 Sep, assessed 23 Sep 2026: 14 calendar days, due 7 Oct (9 + 28).
    expect(one(FULL_PATHWAY, ASSESS_28D, "2026-12-31T12:00:00Z")).toMatchObject({
      outcome: "met",
      startedOn: "2026-09-09",
      dueOn: "2026-10-07",
      elapsed: 14,
    });
  });

  it("is met by any of its statuses, e.g. unable_to_contact after three attempts", () => {
    const standard = { ...CONTACT_5WD, to: ["contacted", "unable_to_contact"] as const };
    const referral: Referral = {
      ...EASTER_REFERRAL,
      history: [
        {
          to: "unable_to_contact",
          at: "2026-04-10T10:00:00+01:00",
          reason: "Three calls, no answer",
        },
      ],
    };
    expect(one(referral, standard, "2026-04-30T12:00:00Z", ENGLAND_SPRING_2026)?.outcome).toBe(
      "met",
    );
  });
});

describe("checkReferralStandards: bad input", () => {
  const expectField = (run: () => unknown, path: string) => {
    try {
      run();
      expect.unreachable();
    } catch (error) {
      expect(isCarerKitError(error) && error.issues[0]?.path).toEqual([path]);
    }
  };

  it("names the standard whose limit is not a whole number", () => {
    expectField(
      () =>
        checkReferralStandards([], [{ ...CONTACT_5WD, within: 2.5 }], {
          asOf: "2026-04-01T00:00:00Z",
        }),
      "standards[0].within",
    );
  });

  it("names a standard with no target status", () => {
    expectField(
      () =>
        checkReferralStandards([], [{ ...CONTACT_5WD, to: [] }], { asOf: "2026-04-01T00:00:00Z" }),
      "standards[0].to",
    );
  });

  it("names asOf without an offset, and an unknown time zone", () => {
    expectField(
      () => checkReferralStandards([], [], { asOf: "2026-04-01T00:00:00" }),
      "options.asOf",
    );
    expectField(
      () =>
        checkReferralStandards([EASTER_REFERRAL], [CONTACT_5WD], {
          asOf: "2026-04-01T00:00:00Z",
          timeZone: "Mars/Olympus",
        }),
      "timeZone",
    );
  });
});
