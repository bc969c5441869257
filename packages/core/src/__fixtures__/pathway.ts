// Test data for the referral pathway: clearly synthetic referrals, and the England and Wales
// bank holidays of spring 2026 from GOV.UK's bank-holidays.json (OGL v3.0).
import type { Referral } from "../referral/ReferralSchema.ts";

/** England and Wales bank holidays Jan–Jun 2026, GOV.UK bank-holidays.json (OGL v3.0). */
export const ENGLAND_SPRING_2026 = [
  "2026-01-01",
  "2026-04-03",
  "2026-04-06",
  "2026-05-04",
  "2026-05-25",
];

/** A referral from a ward, received on Thursday 2 April 2026, the day before Good Friday. */
export const EASTER_REFERRAL: Referral = {
  id: "ref-easter",
  carerId: "carer-0001",
  source: "ward",
  sourceDetail: "Ward 7",
  receivedAt: "2026-04-02T10:00:00+01:00",
  reason: "Husband going home after a stroke",
  history: [],
};

/** A referral with its whole main line: received, contacted, assessed, plan agreed, reviewed, closed. */
export const FULL_PATHWAY: Referral = {
  id: "ref-full",
  carerId: "carer-0002",
  source: "gp",
  receivedAt: "2026-09-07T09:00:00+01:00",
  reason: "Caring for mother with dementia",
  history: [
    { to: "contacted", at: "2026-09-09T11:00:00+01:00" },
    { to: "assessed", at: "2026-09-23T14:00:00+01:00" },
    { to: "plan_agreed", at: "2026-10-07T10:00:00+01:00" },
    { to: "reviewed", at: "2026-12-02T10:00:00Z" },
    { to: "closed", at: "2026-12-09T10:00:00Z", reason: "Support plan complete" },
  ],
};
