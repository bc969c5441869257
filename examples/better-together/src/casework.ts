// Step 5a: the casework around the programme, simulated from a fixed seed: the carer
// coordinators' support contacts, outreach events (counts only), equality-monitoring answers,
// carers' feedback with complaint deadlines in working days, and draft safeguarding concerns
// opened from PHQ-9 item 9 flags. Everything is modelled with @carerkit/core; the bank holidays
// for the deadlines come from @carerkit/scheduling here, at the app level, as core asks.
import {
  draftSafeguardingConcern,
  moveComplaint,
  parseFeedback,
  type EqualityMonitoring,
  type Feedback,
  type OutreachEvent,
  type SafeguardingConcern,
  type SupportContact,
  SupportKindSchema,
  EthnicitySchema,
} from "@carerkit/core";
import type { FairnessRecord } from "@carerkit/evaluation";
import type { AssessedCarer } from "./assess.ts";
import type { Random } from "./random.ts";
import type { CarerOutcome } from "./simulate.ts";

/** The term's casework records. */
export interface TermCasework {
  readonly contacts: readonly SupportContact[];
  readonly outreach: readonly OutreachEvent[];
  readonly fairness: readonly FairnessRecord[];
  readonly feedback: readonly Feedback[];
  readonly drafts: readonly SafeguardingConcern[];
}

const WORKERS = ["coordinator-a", "coordinator-b", "coordinator-c"] as const;
const MODES = ["in_person", "phone", "video", "ward_visit"] as const;

/** Synthetic outreach by the hospice and hospital carer coordinators (fictional places). */
const OUTREACH: readonly OutreachEvent[] = [
  {
    id: "out-1",
    kind: "drop_in",
    title: "Tea & Chat",
    place: "Outpatients, Hollowmere General (fictional)",
    date: "2026-03-04",
    peopleMet: 112,
    carersIdentified: 26,
    referralsMade: 11,
    leafletsGiven: 70,
  },
  {
    id: "out-2",
    kind: "drop_in",
    title: "Tea & Chat",
    place: "Outpatients, Hollowmere General (fictional)",
    date: "2026-04-01",
    peopleMet: 95,
    carersIdentified: 19,
    referralsMade: 8,
    leafletsGiven: 55,
  },
  {
    id: "out-3",
    kind: "stand",
    title: "Carers' information stand",
    place: "Hollowmere Library (fictional)",
    date: "2026-03-21",
    peopleMet: 64,
    carersIdentified: 12,
    referralsMade: 4,
    leafletsGiven: 80,
  },
  {
    id: "out-4",
    kind: "talk",
    title: "Talk to a GP practice team",
    place: "Larkspur Surgery (fictional)",
    date: "2026-04-22",
    peopleMet: 18,
    carersIdentified: 0,
    leafletsGiven: 20,
  },
  {
    id: "out-5",
    kind: "awareness_day",
    title: "Carers Week stand",
    place: "Hollowmere Market Square (fictional)",
    date: "2026-06-09",
    peopleMet: 140,
    carersIdentified: 31,
    referralsMade: 12,
    leafletsGiven: 150,
  },
];

function pick<T>(items: readonly T[], random: Random): T {
  const item = items[random.int(0, items.length - 1)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}

function dateIn(random: Random): string {
  const month = random.int(3, 5);
  return `2026-0${String(month)}-${String(random.int(1, 28)).padStart(2, "0")}`;
}

function equalityOf(random: Random): EqualityMonitoring {
  if (random.chance(0.1)) return {};
  const ethnicities = EthnicitySchema.options;
  return {
    ageBand: random.chance(0.5) ? "55_64" : random.chance(0.6) ? "65_74" : "45_54",
    sex: random.chance(0.7) ? "female" : random.chance(0.9) ? "male" : "prefer_not_to_say",
    ethnicity: random.chance(0.75) ? "white_british" : pick(ethnicities, random),
    disability: random.chance(0.7) ? "not_disabled" : "disabled_limited_a_little",
    caresForMoreThanOne: random.chance(0.8) ? "no" : "yes",
  };
}

/** A few complaints and compliments around Easter, acknowledged on set days. */
function feedbackOf(): Feedback[] {
  const complaint = (id: string, receivedOn: string, themes: string[]): Feedback =>
    parseFeedback({
      id,
      kind: "complaint",
      receivedOn,
      anonymous: true,
      text: "(synthetic complaint)",
      themes,
    });
  const acknowledged = (f: Feedback, on: string): Feedback => {
    const moved = moveComplaint(f, { to: "acknowledged", on });
    if (!moved.success) throw new Error(moved.error.map((i) => i.message).join("; "));
    return moved.data;
  };
  return [
    // Received Thursday 2 April 2026: 3 working days after Good Friday and Easter Monday is 9 April.
    acknowledged(complaint("fb-1", "2026-04-02", ["timeliness"]), "2026-04-09"),
    acknowledged(complaint("fb-2", "2026-04-02", ["communication"]), "2026-04-10"),
    acknowledged(complaint("fb-3", "2026-03-10", ["access"]), "2026-03-12"),
    complaint("fb-4", "2026-05-20", ["timeliness"]),
    ...Array.from({ length: 14 }, (_, i) =>
      parseFeedback({
        id: `fb-c${String(i)}`,
        kind: "session_feedback",
        receivedOn: `2026-03-${String(9 + 7 * (i % 3)).padStart(2, "0")}`,
        anonymous: true,
        text: "(synthetic feedback)",
        programmeId: "better-together-spring-2026",
        sessionId: `session-${String(1 + (i % 3))}`,
        rating: 4 + (i % 2),
        themes: i % 2 === 0 ? ["peer_support"] : ["programme_content"],
      }),
    ),
  ];
}

/**
 * Simulates the term's casework.
 *
 * @param assessed - Every assessed carer.
 * @param enrolled - Ids of the carers with a place.
 * @param outcomes - Their outcomes (for "improved" in the fairness table).
 * @param random - A seeded generator of its own, so the rest of the term is unchanged.
 * @returns The casework records.
 */
export function simulateCasework(
  assessed: readonly AssessedCarer[],
  enrolled: readonly string[],
  outcomes: ReadonlyMap<string, CarerOutcome>,
  random: Random,
): TermCasework {
  const kinds = SupportKindSchema.options;
  const contacts: SupportContact[] = [];
  for (const [i, a] of assessed.entries()) {
    const n = random.int(1, 4);
    for (let k = 0; k < n; k++)
      contacts.push({
        id: `contact-${String(i)}-${String(k)}`,
        carerId: a.carer.id,
        workerId: WORKERS[i % WORKERS.length] ?? "coordinator-a",
        serviceId: "larkspur-carers-service",
        date: dateIn(random),
        mode: pick(MODES, random),
        kind: k === 0 ? "information_and_advice" : pick(kinds, random),
        durationMinutes: 15 * random.int(1, 6),
      });
  }
  const fairness = assessed.map((a): FairnessRecord => {
    const outcome = outcomes.get(a.carer.id);
    const exit = outcome?.exit;
    return {
      equality: equalityOf(random),
      assessed: true,
      supported: enrolled.includes(a.carer.id),
      ...(exit === undefined ? {} : { improved: exit.swemwbs.total > a.swemwbs.total }),
    };
  });
  const drafts = assessed.flatMap((a, i) =>
    a.safetyFlags.flatMap((flag) => {
      const draft = draftSafeguardingConcern(flag, {
        id: `concern-${String(i)}`,
        instrumentId: "phq9",
        raisedBy: "coordinator-a",
        raisedOn: a.carer.identifiedOn,
        about: { personId: a.carer.id, role: "carer" },
      });
      return draft.success ? [draft.data] : [];
    }),
  );
  return { contacts, outreach: OUTREACH, fairness, feedback: feedbackOf(), drafts };
}
