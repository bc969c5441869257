import fc from "fast-check";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { createUkBankHolidayCalendar } from "../holidays/createUkBankHolidayCalendar.ts";
import { planProgramme } from "../planning/planProgramme.ts";
import type { ProgrammeSchedule, ProgrammeSession } from "../planning/types.ts";
import { BETTER_TOGETHER_TEMPLATE } from "../templates/betterTogether.ts";
import { toICalendar } from "./toICalendar.ts";

function sessionsOf(schedule: Partial<ProgrammeSchedule> = {}): readonly ProgrammeSession[] {
  const result = planProgramme(
    BETTER_TOGETHER_TEMPLATE,
    {
      programmeId: "bt-autumn",
      startDate: "2025-09-30",
      startTime: "18:30",
      zone: "Europe/London",
      venue: "Day Hospice lounge; Room 2, Hill Road",
      ...schedule,
    },
    { holidays: createUkBankHolidayCalendar("england-and-wales") },
  );
  if (!result.success) throw new Error(result.error.message);
  return result.data.sessions;
}

const options = { dtstamp: "2025-09-01T08:00:00Z", uidDomain: "hospice.example.org" };

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  for (const vtimezone of calendar.getAllSubcomponents("vtimezone")) {
    ICAL.TimezoneService.register(vtimezone);
  }
  return { calendar, events: calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v)) };
}

describe("toICalendar", () => {
  it("gives an independent parser (ical.js) every session's exact start and end instant across the October clock change", () => {
    const sessions = sessionsOf();
    const result = toICalendar(sessions, options);
    expect(result.success).toBe(true);
    if (!result.success) return;
    const { events } = parse(result.data);
    expect(events).toHaveLength(8);
    events.forEach((event, i) => {
      const session = sessions[i]!;
      expect(event.uid).toBe(`${session.id}@hospice.example.org`);
      expect(event.startDate.zone.tzid).toBe("Europe/London");
      expect(event.startDate.toUnixTime() * 1000).toBe(Date.parse(session.start));
      expect(event.endDate.toUnixTime() * 1000).toBe(Date.parse(session.end));
      expect(event.summary).toBe(session.content.title);
      expect(event.location).toBe("Day Hospice lounge; Room 2, Hill Road");
    });
    expect(sessions.map((s) => s.start.slice(11, 16))).toContain("17:30");
    expect(sessions.map((s) => s.start.slice(11, 16))).toContain("18:30");
  });

  it("checks every instant for Lord Howe's half-hour DST and for New York", () => {
    for (const zone of ["Australia/Lord_Howe", "America/New_York"]) {
      const sessions = sessionsOf({ zone, startDate: "2025-09-16", startTime: "09:00" });
      const result = toICalendar(sessions, options);
      if (!result.success) throw new Error(result.error.message);
      const { events } = parse(result.data);
      events.forEach((event, i) => {
        expect(event.startDate.toUnixTime() * 1000).toBe(Date.parse(sessions[i]!.start));
      });
    }
  });

  it("writes DTSTAMP in UTC, SEQUENCE, STATUS:CANCELLED, a matching VTIMEZONE and CRLF lines of at most 75 octets", () => {
    const sessions = sessionsOf().map((s, i) =>
      i === 2 ? { ...s, status: "cancelled" as const, sequence: 1 } : s,
    );
    const result = toICalendar(sessions, { ...options, calendarName: "Better Together, autumn" });
    if (!result.success) throw new Error(result.error.message);
    const ics = result.data;
    expect(ics.endsWith("\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "").includes("\n")).toBe(false);
    for (const line of ics.split("\r\n"))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const { calendar, events } = parse(ics);
    const vevents = calendar.getAllSubcomponents("vevent");
    expect(vevents.map((v) => v.getFirstPropertyValue("dtstamp")?.toString())).toEqual(
      Array(8).fill("2025-09-01T08:00:00Z"),
    );
    expect(vevents[2]?.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(events[2]?.sequence).toBe(1);
    expect(calendar.getFirstSubcomponent("vtimezone")?.getFirstPropertyValue("tzid")).toBe(
      "Europe/London",
    );
    expect(ics).toContain("X-WR-CALNAME:Better Together\\, autumn\r\n");
  });

  it("escapes text and folds long lines without splitting characters", () => {
    const [first] = sessionsOf();
    const long = {
      ...first!,
      venue: "Café Ōtautahi, 12 Long Road; rear entrance — ring the bell ".repeat(3),
    };
    const result = toICalendar([long], options);
    if (!result.success) throw new Error(result.error.message);
    expect(result.data).toContain("\r\n ");
    expect(parse(result.data).events[0]?.location).toBe(long.venue);
  });

  it("rejects a DTSTAMP that is not UTC", () => {
    const result = toICalendar(sessionsOf(), { ...options, dtstamp: "2025-09-01T08:00:00" });
    expect(result.success ? "" : result.error.code).toBe("invalid_input");
  });

  it("writes a session in the repeated hour after the clocks go back in UTC, so clients agree on it", () => {
    // St John's fell back from NDT (UTC−2:30) to NST (UTC−3:30) at 02:00 on 7 November 2021, so
    // 01:00 happened twice. Our policy takes the first (03:30Z); a TZID time would be read as the
    // second by ical.js. Found by the property test below.
    const sessions = sessionsOf({
      zone: "America/St_Johns",
      startDate: "2021-11-07",
      startTime: "01:00",
    });
    expect(sessions[0]?.start).toBe("2021-11-07T03:30:00Z");
    const result = toICalendar(sessions, options);
    if (!result.success) throw new Error(result.error.message);
    expect(result.data).toContain("DTSTART:20211107T033000Z\r\n");
    expect(result.data).toContain("DTSTART;TZID=America/St_Johns:20211114T010000\r\n");
    const { events } = parse(result.data);
    expect(events.map((e) => e.startDate.toUnixTime() * 1000)).toEqual(
      sessions.map((s) => Date.parse(s.start)),
    );
  });

  it("round-trips every session instant through ical.js for random programmes in many zones", () => {
    const zones = [
      "Europe/London",
      "America/Los_Angeles",
      "Australia/Lord_Howe",
      "Asia/Kolkata",
      "America/St_Johns",
      "Pacific/Chatham",
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.date({
          min: new Date("2019-01-01T00:00:00Z"),
          max: new Date("2027-01-01T00:00:00Z"),
          noInvalidDate: true,
        }),
        fc.integer({ min: 0, max: 47 }),
        (zone, date, halfHour) => {
          const startTime = `${String(Math.floor(halfHour / 2)).padStart(2, "0")}:${halfHour % 2 === 0 ? "00" : "30"}`;
          const sessions = sessionsOf({
            zone,
            startDate: date.toISOString().slice(0, 10),
            startTime,
          });
          const result = toICalendar(sessions, options);
          if (!result.success) throw new Error(result.error.message);
          const { events } = parse(result.data);
          expect(events.map((e) => e.startDate.toUnixTime() * 1000)).toEqual(
            sessions.map((s) => Date.parse(s.start)),
          );
          expect(events.map((e) => e.endDate.toUnixTime() * 1000)).toEqual(
            sessions.map((s) => Date.parse(s.end)),
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  it("is deterministic for the same input", () => {
    const sessions = sessionsOf();
    expect(toICalendar(sessions, options)).toEqual(toICalendar(sessions, options));
  });
});
