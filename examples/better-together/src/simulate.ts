// Step 5a: simulate the term — attendance and exit assessments — from a seeded generator.
// A real service records these; the demo invents them, deterministically, so two runs agree.
import { SWEMWBS, ZBI12, type InstrumentScore } from "@carerkit/assessment";
import {
  recordAttendance,
  summariseCompletion,
  type AttendanceMark,
  type AttendanceRegister,
  type CarerCompletion,
  type Programme,
} from "@carerkit/scheduling";
import type { Random } from "./random.ts";
import { scoreOrThrow } from "./assess.ts";
import type { AssessedCarer } from "./assess.ts";

/** What happened to one enrolled carer over the term. */
export interface CarerOutcome {
  readonly carerId: string;
  /** The session after which they stopped coming, if they did. */
  readonly droppedOutAfter?: number | undefined;
  /** Last session attended (0 = never came). */
  readonly lastSessionAttended: number;
  /** Exit scores, when the exit questionnaire was returned. */
  readonly exit?:
    { readonly swemwbs: InstrumentScore; readonly zbi12: InstrumentScore } | undefined;
  /** Satisfaction 1–5, when given. */
  readonly satisfaction?: number | undefined;
}

/** The simulated term. */
export interface SimulatedTerm {
  readonly register: AttendanceRegister;
  readonly completion: readonly CarerCompletion[];
  readonly outcomes: ReadonlyMap<string, CarerOutcome>;
}

const clamp = (x: number, min: number, max: number): number =>
  Math.max(min, Math.min(max, Math.round(x)));

// Moves every item by the same personal shift plus item-level noise, as real change is mostly
// in the person, not in single items.
function shift(
  answers: Readonly<Record<string, number>>,
  by: number,
  random: Random,
  range: readonly [number, number],
): Record<string, number> {
  const personal = by + random.noise(0.35);
  return Object.fromEntries(
    Object.entries(answers).map(([item, value]) => [
      item,
      clamp(value + personal + random.noise(0.4), range[0], range[1]),
    ]),
  );
}

/**
 * Simulates attendance at each delivered session and the exit questionnaires.
 *
 * @param programme - The planned programme.
 * @param enrolled - The enrolled carers' entry assessments.
 * @param random - The seeded generator (advanced by this call).
 * @returns The register, completion per carer, and each carer's outcome.
 */
export function simulateTerm(
  programme: Programme,
  enrolled: readonly AssessedCarer[],
  random: Random,
): SimulatedTerm {
  const sessions = programme.sessions.filter((s) => s.status === "scheduled");
  // Who will leave, and when: about one in five, usually early.
  const leaves = new Map<string, number>();
  const engagement = new Map<string, number>();
  for (const c of enrolled) {
    const strain = c.zbi12.total / 48;
    engagement.set(c.carer.id, 0.94 - 0.25 * strain);
    if (random.chance(0.12 + 0.2 * strain)) leaves.set(c.carer.id, random.int(1, 4));
  }
  let register: AttendanceRegister | undefined;
  sessions.forEach((session, i) => {
    const marks: Record<string, AttendanceMark> = {};
    for (const c of enrolled) {
      const id = c.carer.id;
      const leftAfter = leaves.get(id);
      if (leftAfter !== undefined && i >= leftAfter) {
        marks[id] = "no_show";
        continue;
      }
      const comes = random.chance(engagement.get(id) ?? 0.9);
      marks[id] = comes ? "attended" : random.chance(0.7) ? "apologies" : "no_show";
    }
    const recorded = recordAttendance(programme, register, { sessionId: session.id, marks });
    if (!recorded.success) throw new Error(recorded.error.message);
    register = recorded.data;
  });
  if (register === undefined) throw new Error("the programme has no delivered sessions");
  const finalRegister = register;
  const completion = summariseCompletion(programme, finalRegister, {
    rule: { kind: "min_sessions", sessions: 6 },
    carerIds: enrolled.map((c) => c.carer.id),
  });

  const outcomes = new Map<string, CarerOutcome>();
  for (const c of enrolled) {
    const id = c.carer.id;
    const summary = completion.find((x) => x.carerId === id);
    const attended = summary?.attended ?? 0;
    const lastSessionAttended = summary?.lastSessionAttended ?? 0;
    const droppedOutAfter = leaves.get(id);
    // One in ten who stayed does not return the exit questionnaire.
    const returned = droppedOutAfter === undefined && random.chance(0.9);
    const exit = returned
      ? {
          swemwbs: scoreOrThrow(
            SWEMWBS,
            shift(c.entry.instruments.swemwbs, 0.06 * attended, random, [1, 5]),
          ),
          zbi12: scoreOrThrow(
            ZBI12,
            shift(c.entry.instruments.zbi12, -0.06 * attended, random, [0, 4]),
          ),
        }
      : undefined;
    const satisfaction = returned
      ? random.chance(0.6)
        ? 5
        : random.chance(0.75)
          ? 4
          : 3
      : undefined;
    outcomes.set(id, { carerId: id, droppedOutAfter, lastSessionAttended, exit, satisfaction });
  }
  return { register: finalRegister, completion, outcomes };
}
