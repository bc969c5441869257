import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { deepFreeze } from "../__fixtures__/deepFreeze.ts";
import { createUkBankHolidayCalendar } from "../holidays/createUkBankHolidayCalendar.ts";
import { toICalendar } from "../icalendar/toICalendar.ts";
import { planProgramme } from "../planning/planProgramme.ts";
import type { Programme } from "../planning/types.ts";
import { BETTER_TOGETHER_TEMPLATE } from "../templates/betterTogether.ts";
import { cancelSession } from "./cancelSession.ts";
import { changeVenue } from "./changeVenue.ts";
import { rescheduleSession } from "./rescheduleSession.ts";

const holidays = createUkBankHolidayCalendar("england-and-wales");
function programme(): Programme {
  const result = planProgramme(
    BETTER_TOGETHER_TEMPLATE,
    {
      programmeId: "bt",
      startDate: "2025-03-10",
      startTime: "10:00",
      zone: "Europe/London",
      venue: "Lounge",
    },
    { holidays },
  );
  if (!result.success) throw new Error(result.error.message);
  return deepFreeze(result.data);
}

describe("rescheduleSession", () => {
  it("moves one session, keeping its id and original slot and raising its sequence", () => {
    const before = programme();
    const result = rescheduleSession(before, "bt-s7", {
      date: "2025-04-23",
      startTime: "14:00",
      note: "Easter",
    });
    expect(result.success).toBe(true);
    if (!result.success) return;
    const moved = result.data.sessions[6];
    expect(moved).toMatchObject({
      id: "bt-s7",
      date: "2025-04-23",
      startTime: "14:00",
      endTime: "16:00",
      start: "2025-04-23T13:00:00Z",
      originalDate: "2025-04-28",
      sequence: 1,
      note: "Easter",
    });
    expect(result.data.sessions.filter((s) => s.sequence > 0)).toHaveLength(1);
  });

  it("refuses a start time that does not exist that day, an unknown session and a cancelled one", () => {
    const p = programme();
    const gap = rescheduleSession(p, "bt-s1", { date: "2025-03-30", startTime: "01:30" });
    const unknown = rescheduleSession(p, "bt-s99", { date: "2025-03-30" });
    const cancelled = cancelSession(p, "bt-s2");
    const again = cancelled.success
      ? rescheduleSession(cancelled.data, "bt-s2", { date: "2025-03-19" })
      : cancelled;
    expect([gap, unknown, again].map((r) => (r.success ? "ok" : r.error.code))).toEqual([
      "invalid_input",
      "unknown_session",
      "session_cancelled",
    ]);
  });
});

describe("cancelSession", () => {
  it("cancels without extending: status cancelled, sequence up, exported as STATUS:CANCELLED", () => {
    const result = cancelSession(programme(), "bt-s3", { reason: "Heating failure" });
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.sessions[2]).toMatchObject({
      status: "cancelled",
      sequence: 1,
      note: "Heating failure",
    });
    const ics = toICalendar(result.data.sessions, {
      dtstamp: "2025-03-20T09:00:00Z",
      uidDomain: "example.org",
    });
    expect(ics.success && ics.data).toContain("STATUS:CANCELLED");
  });

  it("cancels and extends: later sessions move on one slot, skipping holidays, ids unchanged", () => {
    const before = programme();
    const result = cancelSession(before, "bt-s3", {
      extend: true,
      holidays,
      reason: "Heating failure",
    });
    expect(result.success).toBe(true);
    if (!result.success) return;
    const after = result.data;
    expect(after.sessions.map((s) => s.id)).toEqual(before.sessions.map((s) => s.id));
    expect(after.sessions.map((s) => s.date)).toEqual([
      "2025-03-10",
      "2025-03-17",
      "2025-03-31",
      "2025-04-07",
      "2025-04-14",
      "2025-04-28",
      "2025-05-12",
      "2025-05-19",
    ]);
    expect(after.sessions.map((s) => s.sequence)).toEqual([0, 0, 1, 1, 1, 1, 1, 1]);
    expect(after.sessions[2]?.content.theme).toBe(before.sessions[2]?.content.theme);
    expect(after.skipped.at(-1)).toEqual({
      date: "2025-03-24",
      reason: "cancelled",
      title: "Heating failure",
    });
  });
});

describe("changeVenue", () => {
  it("changes the venue from a date, raising the sequence only where it changed", () => {
    const result = changeVenue(programme(), "Garden room", { fromDate: "2025-04-01" });
    expect(
      result.success && result.data.sessions.map((s) => `${s.venue ?? ""}/${s.sequence}`),
    ).toEqual([
      "Lounge/0",
      "Lounge/0",
      "Lounge/0",
      "Lounge/0",
      "Garden room/1",
      "Garden room/1",
      "Garden room/1",
      "Garden room/1",
    ]);
    const unknown = changeVenue(programme(), "Hall", { sessionIds: ["nope"] });
    expect(unknown.success ? "" : unknown.error.code).toBe("unknown_session");
  });
});

describe("changes", () => {
  it("never mutate the programme and keep every session id", () => {
    const p = programme();
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.boolean(), (n, extend) => {
        const result = cancelSession(p, `bt-s${n}`, { extend, holidays });
        expect(result.success).toBe(true);
        if (result.success)
          expect(result.data.sessions.map((s) => s.id)).toEqual(p.sessions.map((s) => s.id));
      }),
      { numRuns: 30 },
    );
  });
});
