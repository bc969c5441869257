// The carer's pathway for the term: every referral the hospice's carer service received in the
// spring term, moved through its lifecycle with core's typed transitions (referral → contact →
// assessment → support plan → review, or declined / unable to contact), then summarised for
// commissioners with evaluation's protected funnel. All synthetic: the referrals are generated
// from the seeded random source, so every run is identical.
import {
  addWorkingDays,
  transitionReferral,
  type Referral,
  type ReferralSource,
  type ReferralStandard,
  type ReferralTransition,
} from "@carerkit/core";
import { summarisePathwayFunnel, type PathwayFunnel } from "@carerkit/evaluation";
import type { Random } from "./random.ts";

/** The day the funnel is reported on: a week after the term's last session. */
export const PATHWAY_AS_OF = "2026-05-22T17:00:00+01:00";

/** The service's standards for the pathway. */
export const PATHWAY_STANDARDS: readonly ReferralStandard[] = [
  {
    id: "contact-5wd",
    label: "Contacted within 5 working days of referral",
    from: "received",
    to: ["contacted", "unable_to_contact", "declined"],
    within: 5,
    unit: "working_days",
  },
  {
    id: "assess-28d",
    label: "Assessed within 28 days of referral",
    from: "received",
    to: ["assessed"],
    within: 28,
    unit: "calendar_days",
  },
];

/** Where referrals come from, with their share of the weighting (out of 100). */
const SOURCES: readonly (readonly [ReferralSource, number, string])[] = [
  ["ward", 34, "Carer coordinator on the wards"],
  ["gp", 22, "GP practice"],
  ["social_care", 10, "Adult social care"],
  ["school", 4, "Young carers lead at school"],
  ["outreach_event", 12, "Tea & Chat drop-in"],
  ["self", 15, "Self-referral"],
  ["other", 3, "Pharmacy"],
];

/** The pathway's results. */
export interface PathwayResult {
  readonly referrals: readonly Referral[];
  readonly funnel: PathwayFunnel;
  readonly holidays: readonly string[];
}

const DAY_MS = 86_400_000;
const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const isWeekday = (date: string): boolean => {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day !== 0 && day !== 6;
};

/** A local time in London as an instant with its offset (BST from 29 March to 25 October 2026). */
function londonInstant(date: string, random: Random): string {
  const offset = date >= "2026-03-29" && date < "2026-10-25" ? "+01:00" : "Z";
  const hh = String(random.int(9, 16)).padStart(2, "0");
  const mm = String(random.int(0, 59)).padStart(2, "0");
  return `${date}T${hh}:${mm}:00${offset}`;
}

function pickSource(random: Random): (typeof SOURCES)[number] {
  let roll = random.int(1, 100);
  for (const source of SOURCES) {
    roll -= source[1];
    if (roll <= 0) return source;
  }
  return SOURCES[0]!;
}

/** The next steps of one referral, each dated; stops at the first one after the report date. */
function planSteps(
  received: string,
  random: Random,
  holidays: readonly string[],
): ReferralTransition[] {
  const steps: { to: ReferralTransition["to"]; on: string; reason?: string }[] = [];
  const workingDays = (from: string, n: number) => addWorkingDays(from, n, { holidays });
  const roll = random.next();
  if (roll < 0.08) {
    steps.push({
      to: "unable_to_contact",
      on: workingDays(received, 7),
      reason: "Three calls and a letter, no reply",
    });
    steps.push({
      to: "closed",
      on: workingDays(received, 17),
      reason: "No reply after the follow-up letter",
    });
  } else if (roll < 0.14) {
    steps.push({
      to: "declined",
      on: workingDays(received, random.int(1, 4)),
      reason: "Did not want support at present",
    });
  } else {
    // Most carers are called within a few working days; a few wait longer.
    const contacted = workingDays(
      received,
      random.chance(0.12) ? random.int(6, 9) : random.int(0, 5),
    );
    steps.push({ to: "contacted", on: contacted });
    const next = random.next();
    if (next < 0.07)
      steps.push({
        to: "declined",
        on: addDays(contacted, random.int(1, 10)),
        reason: "Chose information only",
      });
    else if (next < 0.12)
      steps.push({
        to: "closed",
        on: addDays(contacted, random.int(1, 10)),
        reason: "Needs met by information and advice",
      });
    else {
      const assessed = addDays(contacted, random.int(5, 30));
      steps.push({ to: "assessed", on: assessed });
      if (random.chance(0.1))
        steps.push({
          to: "closed",
          on: addDays(assessed, 7),
          reason: "Signposted to another service",
        });
      else {
        const agreed = addDays(assessed, random.int(3, 21));
        steps.push(
          { to: "plan_agreed", on: agreed },
          { to: "reviewed", on: addDays(agreed, random.int(42, 84)) },
        );
      }
    }
  }
  const asOfDate = PATHWAY_AS_OF.slice(0, 10);
  const due = steps.filter((s) => s.on < asOfDate);
  return due.map((s) => ({
    to: s.to,
    at: londonInstant(s.on, random),
    ...(s.reason === undefined ? {} : { reason: s.reason }),
  }));
}

/**
 * Generates the term's referrals (5 January to 24 April 2026), moves each through its lifecycle
 * with `transitionReferral` (which refuses any illegal move), and builds the protected funnel.
 *
 * @param random - The seeded generator.
 * @param holidays - England and Wales bank holidays (from scheduling's `listHolidays`).
 * @returns The referrals and the funnel.
 */
export function runPathway(random: Random, holidays: readonly string[]): PathwayResult {
  const referrals: Referral[] = [];
  for (let date = "2026-01-05"; date <= "2026-04-24"; date = addDays(date, 1)) {
    if (!isWeekday(date) || holidays.includes(date)) continue;
    for (let i = random.int(0, 3); i > 0; i--) {
      const [source, , detail] = pickSource(random);
      let referral: Referral = {
        id: `ref-${String(referrals.length + 1).padStart(3, "0")}`,
        source,
        sourceDetail: detail,
        receivedAt: londonInstant(date, random),
        reason: "Synthetic referral for the demo",
        history: [],
      };
      // Steps on the day of receipt may be earlier in the day than the referral: keep order.
      for (const step of planSteps(date, random, holidays)) {
        const at =
          step.at < referral.receivedAt && step.at.slice(0, 10) === date
            ? referral.receivedAt
            : step.at;
        const moved = transitionReferral(referral, { ...step, at });
        if (!moved.success) throw new Error(moved.error.message);
        referral = moved.data;
      }
      referrals.push(referral);
    }
  }
  const funnel = summarisePathwayFunnel(referrals, {
    asOf: PATHWAY_AS_OF,
    holidays,
    standards: PATHWAY_STANDARDS,
  });
  return { referrals, funnel, holidays };
}
