import { describe, expect, it } from "vitest";
import { deepFreeze } from "../../../../scripts/test/deepFreeze.ts";
import { parseOnwardReferral } from "./parseOnwardReferral.ts";
import { scheduleReferralFollowUp } from "./scheduleReferralFollowUp.ts";

// England and Wales bank holidays, GOV.UK bank-holidays.json (OGL v3.0).
const HOLIDAYS = [
  "2026-04-03",
  "2026-04-06",
  "2026-05-04",
  "2026-12-25",
  "2026-12-28",
  "2027-01-01",
];

const REFERRAL = deepFreeze(
  parseOnwardReferral({
    id: "ref-1",
    carerId: "carer-1",
    workerId: "worker-3",
    offerId: "offer-carers-cafe",
    referredOn: "2026-04-01",
  }),
);

describe("scheduleReferralFollowUp", () => {
  it("books the follow-up 5 working days on, skipping Good Friday and Easter Monday", () => {
    // Wednesday 1 April 2026: Thu 2 (1), Tue 7 (2), Wed 8 (3), Thu 9 (4), Fri 10 (5).
    expect(scheduleReferralFollowUp(REFERRAL, { holidays: HOLIDAYS }).followUpOn).toEqual([
      "2026-04-10",
    ]);
    expect(scheduleReferralFollowUp(REFERRAL).followUpOn).toEqual(["2026-04-08"]);
  });

  it("crosses Christmas and the new year with a configured period, keeping earlier follow-ups in order", () => {
    // Wednesday 23 December 2026 + 3 working days: Thu 24, Tue 29, Wed 30.
    const december = { ...REFERRAL, referredOn: "2026-12-23", followUpOn: ["2027-01-15"] };
    const booked = scheduleReferralFollowUp(december, { holidays: HOLIDAYS, withinWorkingDays: 3 });
    expect(booked.followUpOn).toEqual(["2026-12-30", "2027-01-15"]);
    expect(
      scheduleReferralFollowUp(booked, { holidays: HOLIDAYS, withinWorkingDays: 3 }).followUpOn,
    ).toEqual(["2026-12-30", "2027-01-15"]);
  });
});
