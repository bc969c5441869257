// Twelve clearly synthetic referrals for the funnel's hand calculation (see
// summarisePathwayFunnel.test.ts), autumn 2026, all times BST (+01:00) or GMT (Z).
import type { Referral, ReferralStandard } from "@carerkit/core";

/** England and Wales bank holidays, autumn 2026 (GOV.UK bank-holidays.json, OGL v3.0). */
export const FUNNEL_HOLIDAYS = ["2026-08-31", "2026-12-25", "2026-12-28"];

/** Two standards: contact within 5 working days, assessment within 28 days of referral. */
export const FUNNEL_STANDARDS: readonly ReferralStandard[] = [
  {
    id: "contact",
    label: "Contacted within 5 working days",
    from: "received",
    to: ["contacted", "unable_to_contact", "declined"],
    within: 5,
    unit: "working_days",
  },
  {
    id: "assess",
    label: "Assessed within 28 days",
    from: "received",
    to: ["assessed"],
    within: 28,
    unit: "calendar_days",
  },
];

type Step = Referral["history"][number];
const at = (date: string): string =>
  `${date}T10:00:00${date >= "2026-10-25" ? "Z" : "+01:00"}`;
const steps = (...moves: (readonly [Step["to"], string, string?])[]): Step[] =>
  moves.map(([to, date, reason]) => (reason === undefined ? { to, at: at(date) } : { to, at: at(date), reason }));
const SOURCES = { W: "ward", G: "gp", S: "self" } as const;
const referral = (id: string, received: string, history: Step[]): Referral => ({
  id,
  source: SOURCES[id[0] as keyof typeof SOURCES],
  receivedAt: at(received),
  reason: "Synthetic test referral",
  history,
});

/** W = ward, G = GP, S = self-referral. */
export const FUNNEL_REFERRALS: readonly Referral[] = [
  referral("W1", "2026-09-07", steps(["contacted", "2026-09-08"], ["assessed", "2026-09-15"], ["plan_agreed", "2026-09-29"], ["reviewed", "2026-11-24"])),
  referral("W2", "2026-09-08", steps(["contacted", "2026-09-10"], ["assessed", "2026-09-24"], ["plan_agreed", "2026-10-08"])),
  referral("W3", "2026-09-14", steps(["contacted", "2026-09-22"], ["assessed", "2026-10-06"])),
  referral("W4", "2026-10-05", steps(["contacted", "2026-10-06"], ["declined", "2026-10-07", "Has family support"])),
  referral("W5", "2026-10-12", steps(["unable_to_contact", "2026-10-16", "Three calls, no answer"], ["closed", "2026-10-30", "No response"])),
  referral("G1", "2026-09-09", steps(["contacted", "2026-09-11"], ["assessed", "2026-09-25"], ["plan_agreed", "2026-10-09"], ["reviewed", "2026-12-04"])),
  referral("G2", "2026-09-16", steps(["contacted", "2026-09-17"], ["assessed", "2026-10-01"])),
  referral("G3", "2026-10-14", steps(["contacted", "2026-10-15"])),
  referral("G4", "2026-12-01", []),
  referral("S1", "2026-09-21", steps(["contacted", "2026-09-21"], ["assessed", "2026-09-28"], ["plan_agreed", "2026-10-12"])),
  referral("S2", "2026-10-19", steps(["contacted", "2026-10-20"], ["assessed", "2026-11-02"])),
  referral("S3", "2026-11-02", steps(["contacted", "2026-11-03"])),
];

/** Ten copies of {@link FUNNEL_REFERRALS} (ids W1-0 … S3-9): every count ten times the hand count. */
export const TEN_FUNNELS: readonly Referral[] = Array.from({ length: 10 }, (_, copy) =>
  FUNNEL_REFERRALS.map((r) => ({ ...r, id: `${r.id}-${String(copy)}` })),
).flat();
