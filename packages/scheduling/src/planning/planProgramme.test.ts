import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { deepFreeze } from "../../../../scripts/test/deepFreeze.ts";
import { createClosureCalendar } from "../holidays/createClosureCalendar.ts";
import { combineHolidayCalendars } from "../holidays/combineHolidayCalendars.ts";
import { createUkBankHolidayCalendar } from "../holidays/createUkBankHolidayCalendar.ts";
import { BETTER_TOGETHER_TEMPLATE } from "../templates/betterTogether.ts";
import { planProgramme } from "./planProgramme.ts";
import type { ProgrammeSchedule } from "./types.ts";

const spring: ProgrammeSchedule = {
  programmeId: "bt-2025-spring",
  startDate: "2025-03-10",
  startTime: "10:00",
  zone: "Europe/London",
  venue: "Day Hospice lounge",
};

function plan(
  schedule: ProgrammeSchedule,
  holidays = createUkBankHolidayCalendar("england-and-wales"),
) {
  const result = planProgramme(BETTER_TOGETHER_TEMPLATE, schedule, { holidays });
  if (!result.success) throw new Error(result.error.message);
  return result.data;
}

describe("planProgramme", () => {
  it("plans the eight Better Together sessions weekly at 10:00 London time across the March clock change", () => {
    const programme = plan(spring);
    expect(programme.sessions).toHaveLength(8);
    expect(programme.sessions.every((s) => s.startTime === "10:00" && s.endTime === "12:00")).toBe(
      true,
    );
    expect(programme.sessions.slice(0, 4).map((s) => s.start)).toEqual([
      "2025-03-10T10:00:00Z",
      "2025-03-17T10:00:00Z",
      "2025-03-24T10:00:00Z",
      "2025-03-31T09:00:00Z", // BST from 30 March
    ]);
    expect(programme.sessions[3]?.end).toBe("2025-03-31T11:00:00Z");
    expect(programme.sessions.at(-1)?.content.title).toBe("Candlelit supper");
    expect(programme.sessions.map((s) => s.id)).toEqual(
      Array.from({ length: 8 }, (_, i) => `bt-2025-spring-s${i + 1}`),
    );
  });

  it("keeps 14:00 wall-clock across the October clock change", () => {
    const programme = plan({
      ...spring,
      programmeId: "bt-autumn",
      startDate: "2025-10-07",
      startTime: "14:00",
    });
    expect(programme.sessions.every((s) => s.startTime === "14:00")).toBe(true);
    expect(programme.sessions.map((s) => s.start.slice(11, 16))).toEqual([
      "13:00",
      "13:00",
      "13:00",
      "14:00",
      "14:00",
      "14:00",
      "14:00",
      "14:00",
    ]);
  });

  it("skips Easter Monday and the early May bank holiday in England and extends the programme", () => {
    const programme = plan(spring);
    expect(programme.sessions.map((s) => s.date)).toEqual([
      "2025-03-10",
      "2025-03-17",
      "2025-03-24",
      "2025-03-31",
      "2025-04-07",
      "2025-04-14",
      "2025-04-28",
      "2025-05-12",
    ]);
    expect(programme.skipped).toEqual([
      { date: "2025-04-21", reason: "holiday", title: "Easter Monday" },
      { date: "2025-05-05", reason: "holiday", title: "Early May bank holiday" },
    ]);
  });

  it("does not skip Easter Monday in Scotland, where it is not a bank holiday", () => {
    const programme = plan(spring, createUkBankHolidayCalendar("scotland"));
    expect(programme.sessions.map((s) => s.date)).toContain("2025-04-21");
    expect(programme.skipped).toEqual([]);
    expect(programme.sessions.at(-1)?.date).toBe("2025-04-28");
  });

  it("skips St Patrick's Day and Easter Monday in Northern Ireland", () => {
    const programme = plan(spring, createUkBankHolidayCalendar("northern-ireland"));
    expect(programme.skipped.map((s) => s.title)).toEqual([
      "St Patrick’s Day",
      "Easter Monday",
      "Early May bank holiday",
    ]);
    expect(programme.sessions.at(-1)?.date).toBe("2025-05-19");
  });

  it("skips Good Friday in every nation for a Friday group", () => {
    for (const division of ["england-and-wales", "scotland", "northern-ireland"] as const) {
      const programme = plan(
        { ...spring, programmeId: `fri-${division}`, startDate: "2025-04-04" },
        createUkBankHolidayCalendar(division),
      );
      expect(programme.skipped.map((s) => s.date)).toContain("2025-04-18");
      expect(programme.sessions.map((s) => s.date)).not.toContain("2025-04-18");
    }
  });

  it("skips local closures combined with bank holidays", () => {
    const closures = createClosureCalendar([
      { date: "2025-03-24", until: "2025-03-28", title: "Lounge redecorated" },
    ]);
    if (!closures.success) throw new Error(closures.error.message);
    const programme = plan(
      spring,
      combineHolidayCalendars([createUkBankHolidayCalendar("england-and-wales"), closures.data]),
    );
    expect(programme.skipped[0]).toEqual({
      date: "2025-03-24",
      reason: "holiday",
      title: "Lounge redecorated",
    });
  });

  it("skips a session whose start time falls in the spring-forward gap, or shifts it when asked", () => {
    const schedule = {
      ...spring,
      startDate: "2025-03-16",
      startTime: "01:30",
      rule: "FREQ=WEEKLY;BYDAY=SU",
    };
    const skipped = planProgramme(BETTER_TOGETHER_TEMPLATE, schedule);
    const shifted = planProgramme(BETTER_TOGETHER_TEMPLATE, schedule, { nonexistentTime: "shift" });
    expect(skipped.success && skipped.data.skipped[0]?.reason).toBe("nonexistent_time");
    expect(skipped.success && skipped.data.sessions[2]?.date).toBe("2025-04-06");
    expect(shifted.success && shifted.data.sessions[2]).toMatchObject({
      date: "2025-03-30",
      startTime: "02:30",
      start: "2025-03-30T01:30:00Z",
    });
  });

  it("follows other rules, such as fortnightly on Wednesdays, skipping New Year's Day", () => {
    const programme = plan({
      ...spring,
      startDate: "2025-01-01",
      rule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE",
    });
    expect(programme.skipped[0]?.title).toBe("New Year’s Day");
    expect(programme.sessions.slice(0, 3).map((s) => s.date)).toEqual([
      "2025-01-15",
      "2025-01-29",
      "2025-02-12",
    ]);
  });

  it("warns when sessions lie beyond the holiday data", () => {
    const programme = plan({ ...spring, startDate: "2027-12-01" });
    expect(programme.warnings.map((w) => w.code)).toEqual(["holiday_data_missing"]);
  });

  it("fails with typed errors instead of hanging or throwing", () => {
    const codes = [
      planProgramme(BETTER_TOGETHER_TEMPLATE, { ...spring, zone: "Europe/Londn" }),
      planProgramme(BETTER_TOGETHER_TEMPLATE, { ...spring, startTime: "25:00" }),
      planProgramme(BETTER_TOGETHER_TEMPLATE, { ...spring, rule: "FREQ=WEEKLY;COUNT=3" }),
      planProgramme(BETTER_TOGETHER_TEMPLATE, {
        ...spring,
        rule: "FREQ=HOURLY;INTERVAL=2;BYHOUR=1",
      }),
      planProgramme(BETTER_TOGETHER_TEMPLATE, spring, {
        holidays: {
          id: "closed",
          name: "Always closed",
          holidayOn: (date) => ({ date, title: "Closed", calendar: "closed" }),
        },
      }),
    ].map((r) => (r.success ? "ok" : r.error.code));
    expect(codes).toEqual([
      "invalid_input",
      "invalid_input",
      "not_enough_occurrences",
      "unreachable_rule",
      "budget_exceeded",
    ]);
  });

  const zones = ["Europe/London", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata", "UTC"];
  const scheduleArb = fc.record({
    programmeId: fc.constant("p"),
    startDate: fc
      .date({
        min: new Date("2019-01-01T00:00:00Z"),
        max: new Date("2027-06-30T00:00:00Z"),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10)),
    startTime: fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45))
      .map(([h, m]) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`),
    zone: fc.constantFrom(...zones),
  });

  it("is deterministic and never mutates its inputs", () => {
    const holidays = createUkBankHolidayCalendar("england-and-wales");
    fc.assert(
      fc.property(scheduleArb, (schedule) => {
        const frozen = deepFreeze({ ...schedule });
        const template = deepFreeze(structuredClone(BETTER_TOGETHER_TEMPLATE));
        const a = planProgramme(template, frozen, { holidays });
        const b = planProgramme(template, frozen, { holidays });
        expect(a).toEqual(b);
        expect(template).toEqual(BETTER_TOGETHER_TEMPLATE);
      }),
      { numRuns: 100 },
    );
  });

  it("places every session at its local start time or reports why not", () => {
    fc.assert(
      fc.property(scheduleArb, (schedule) => {
        const result = planProgramme(BETTER_TOGETHER_TEMPLATE, schedule);
        expect(result.success).toBe(true);
        if (!result.success) return;
        for (const session of result.data.sessions)
          expect(session.startTime).toBe(schedule.startTime);
        const starts = result.data.sessions.map((s) => s.start);
        expect([...starts].sort()).toEqual(starts);
      }),
      { numRuns: 100 },
    );
  });
});
