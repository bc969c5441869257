import { isCarerKitError } from "@carerkit/core";
import { describe, expect, it } from "vitest";
import * as scheduling from "../../index.ts";
import { betterTogether, cohortOf, ENGLAND } from "../../__fixtures__/programmes.ts";

const programme = betterTogether();
const recurrence = { start: "2025-03-17T10:00", zone: "Europe/London", rule: "FREQ=WEEKLY" };
const window = { from: "2025-03-01T00:00:00Z", to: "2025-04-01T00:00:00Z" };
const schedule = programme.schedule;
const register = { programmeId: programme.id, sessions: {} };
const stamp = { dtstamp: "2025-03-01T09:00:00Z", uidDomain: "example.org" };
const withGetter = Object.defineProperty({ ...recurrence }, "rule", {
  enumerable: true,
  get(): string {
    throw new Error("a getter that throws");
  },
});
const nested: unknown[] = [];
let deepest = nested;
for (let depth = 0; depth < 10_000; depth += 1) {
  const next: unknown[] = [];
  deepest.push(next);
  deepest = next;
}

/** Each export with good arguments, and hostile replacements for one argument. */
const CALLS: readonly [string, (...args: never[]) => unknown, unknown[], number, unknown[]][] = [
  [
    "expandRecurrence",
    scheduling.expandRecurrence,
    [recurrence, { limit: 3 }],
    0,
    [undefined, null, withGetter, nested],
  ],
  [
    "expandRecurrence",
    scheduling.expandRecurrence,
    [recurrence, { limit: 3 }],
    1,
    [null, { limit: -1 }, { limit: Number.NaN }, { maxIterations: 1e12 }],
  ],
  [
    "listOccurrencesBetween",
    scheduling.listOccurrencesBetween,
    [recurrence, window],
    1,
    [undefined, { from: 1, to: 2 }, Object.create(null)],
  ],
  [
    "findNextOccurrence",
    scheduling.findNextOccurrence,
    [recurrence, "2025-03-18T00:00:00Z"],
    1,
    [undefined, Symbol("x"), new Date()],
  ],
  [
    "findPreviousOccurrence",
    scheduling.findPreviousOccurrence,
    [recurrence, "2025-03-18T00:00:00Z"],
    0,
    [undefined, { ...recurrence, exdates: [1] }],
  ],
  [
    "createClosureCalendar",
    scheduling.createClosureCalendar,
    [[{ date: "2025-06-10", title: "Training" }]],
    0,
    [undefined, [null], new Array<unknown>(2), nested],
  ],
  [
    "listHolidays",
    scheduling.listHolidays,
    [ENGLAND, "2025-01-01", "2025-12-31"],
    0,
    [undefined, { ...ENGLAND, holidayOn: 1 }],
  ],
  [
    "defineProgrammeTemplate",
    scheduling.defineProgrammeTemplate,
    [scheduling.BETTER_TOGETHER_TEMPLATE],
    0,
    [undefined, { id: "x", name: "y", sessions: [null] }],
  ],
  [
    "planProgramme",
    scheduling.planProgramme,
    [scheduling.BETTER_TOGETHER_TEMPLATE, schedule],
    1,
    [undefined, { ...schedule, startDate: 20250317 }],
  ],
  [
    "listSessionsBetween",
    scheduling.listSessionsBetween,
    [programme, window],
    0,
    [undefined, { ...programme, sessions: nested }],
  ],
  [
    "rosterFacilitators",
    scheduling.rosterFacilitators,
    [programme.sessions, []],
    1,
    [undefined, [{ id: "a", name: "A", qualifications: [], maxSessions: 1.5 }]],
  ],
  [
    "toICalendar",
    scheduling.toICalendar,
    [programme.sessions, stamp],
    1,
    [undefined, { ...stamp, method: "DELETE" }],
  ],
  [
    "rescheduleSession",
    scheduling.rescheduleSession,
    [programme, "bt-s1", { date: "2025-03-19" }],
    2,
    [undefined, { date: null }],
  ],
  [
    "cancelSession",
    scheduling.cancelSession,
    [programme, "bt-s1"],
    0,
    [undefined, null, [], { ...programme, sessions: [1] }],
  ],
  ["changeVenue", scheduling.changeVenue, [programme, "Hall"], 1, [undefined, 42]],
  [
    "createCohort",
    scheduling.createCohort,
    ["bt", 12],
    1,
    [-1, 2.5, Number.NaN, Number.POSITIVE_INFINITY, "12"],
  ],
  [
    "enrolCarer",
    scheduling.enrolCarer,
    [cohortOf(["a"]), "b"],
    0,
    [undefined, { ...cohortOf(["a"]), enrolled: [1] }],
  ],
  ["withdrawCarer", scheduling.withdrawCarer, [cohortOf(["a"]), "a"], 1, [undefined, {}]],
  [
    "recordAttendance",
    scheduling.recordAttendance,
    [programme, undefined, { sessionId: "bt-s1", marks: {} }],
    2,
    [undefined, { sessionId: "bt-s1", marks: { c1: "late" } }],
  ],
];

/** Throwing exports, each expected to throw invalid_argument for the bad arguments. */
const THROWING: readonly [string, () => unknown][] = [
  ["createUkBankHolidayCalendar", () => scheduling.createUkBankHolidayCalendar("wales" as never)],
  ["combineHolidayCalendars", () => scheduling.combineHolidayCalendars([ENGLAND, null as never])],
  [
    "summariseCompletion",
    () => scheduling.summariseCompletion(programme, register, { rule: { kind: "all" } as never }),
  ],
  [
    "summariseCompletion",
    () =>
      scheduling.summariseCompletion(programme, register, {
        rule: { kind: "min_proportion", proportion: 2 },
      }),
  ],
  ["pairBuddies", () => scheduling.pairBuddies([{ carerId: "a", interests: nested as never }])],
  ["pairBuddies", () => scheduling.pairBuddies(undefined as never)],
];

describe("argument checks", () => {
  const cases = CALLS.flatMap(([name, fn, good, at, bads]) =>
    bads.map(
      (bad, i) => [`${name} #${at}.${i}`, fn, good.map((g, j) => (j === at ? bad : g))] as const,
    ),
  );

  it.each(cases)("%s returns invalid_argument rather than throwing", (_name, fn, args) => {
    const result = (fn as (...a: unknown[]) => unknown)(...args) as {
      success: boolean;
      error?: { code: string; message: string };
    };
    expect(result.success).toBe(false);
    expect(result.error?.code).toBe("invalid_argument");
  });

  it.each(THROWING)("%s throws a CarerKitError invalid_argument", (_name, call) => {
    let thrown: unknown;
    try {
      call();
    } catch (error) {
      thrown = error;
    }
    expect(isCarerKitError(thrown) && thrown.code).toBe("invalid_argument");
  });

  it("names the parameter and never echoes a carer's value", () => {
    const result = scheduling.recordAttendance(programme, undefined, {
      sessionId: "bt-s1",
      marks: { "carer-Ann-Smith": "late" as never },
    });
    expect(result.success ? "" : result.error.message).toBe(
      "recordAttendance: entry.marks[0] must be one of attended, apologies, no_show; received a string of 4 characters",
    );
  });
});
