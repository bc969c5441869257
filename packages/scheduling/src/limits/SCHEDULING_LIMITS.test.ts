import { describe, expect, it } from "vitest";
import { betterTogether } from "../__fixtures__/programmes.ts";
import { expandRecurrence } from "../recurrence/expandRecurrence.ts";
import { listOccurrencesBetween } from "../recurrence/listOccurrencesBetween.ts";
import { listHolidays } from "../holidays/listHolidays.ts";
import { toICalendar } from "../icalendar/toICalendar.ts";
import { planProgramme } from "../planning/planProgramme.ts";
import { BETTER_TOGETHER_TEMPLATE } from "../templates/betterTogether.ts";
import { ENGLAND } from "../__fixtures__/programmes.ts";
import { SCHEDULING_LIMITS } from "./SCHEDULING_LIMITS.ts";

const stamp = { dtstamp: "2025-03-01T09:00:00Z", uidDomain: "example.org" };
const [first] = betterTogether().sessions;
const session = first!;
const code = (result: { success: boolean; error?: { code: string } }): string =>
  result.success ? "ok" : (result.error?.code ?? "");

describe("SCHEDULING_LIMITS", () => {
  it("refuses a session ending in 9999 with out_of_span instead of walking every day to it", () => {
    const result = toICalendar([{ ...session, end: "9999-12-31T00:00:00Z" }], stamp);
    expect(result.success ? undefined : result.error).toMatchObject({
      code: "out_of_span",
      path: ["sessions[0].end"],
    });
  });

  it("refuses a session longer than 7 days and a template session that long", () => {
    const long = toICalendar([{ ...session, end: "2025-03-25T10:00:00Z" }], stamp);
    const [content] = BETTER_TOGETHER_TEMPLATE.sessions;
    const template = {
      ...BETTER_TOGETHER_TEMPLATE,
      sessions: [
        { ...content!, durationMinutes: SCHEDULING_LIMITS.maxSessionMinutes + 1, agenda: [] },
      ],
    };
    const planned = planProgramme(template, betterTogether().schedule);
    expect([code(long), code(planned)]).toEqual(["out_of_span", "out_of_span"]);
  });

  it("writes a VTIMEZONE whose size follows the sessions, not the 300 years between them", () => {
    const later = {
      ...session,
      id: "bt-late",
      start: "2200-03-17T10:00:00Z",
      end: "2200-03-17T12:00:00Z",
    };
    const early = {
      ...session,
      id: "bt-early",
      start: "1900-03-17T10:00:00Z",
      end: "1900-03-17T12:00:00Z",
    };
    const result = toICalendar([early, later], stamp);
    const components = result.success
      ? (result.data.match(/BEGIN:(STANDARD|DAYLIGHT)/g) ?? [])
      : [];
    expect(result.success).toBe(true);
    expect(components.length).toBeGreaterThan(1);
    expect(components.length).toBeLessThanOrEqual(8);
  });

  it("refuses dates outside 1900–2200 in recurrences, windows, schedules and holiday queries", () => {
    const recurrence = { start: "2025-03-17T10:00", zone: "Europe/London", rule: "FREQ=WEEKLY" };
    expect([
      code(expandRecurrence({ ...recurrence, start: "1899-12-31T10:00" }, { limit: 1 })),
      code(expandRecurrence({ ...recurrence, exdates: ["2201-01-01T10:00"] }, { limit: 1 })),
      code(
        listOccurrencesBetween(recurrence, {
          from: "2025-01-01T00:00:00Z",
          to: "9999-01-01T00:00:00Z",
        }),
      ),
      code(
        planProgramme(BETTER_TOGETHER_TEMPLATE, {
          ...betterTogether().schedule,
          startDate: "2250-01-06",
        }),
      ),
      code(listHolidays(ENGLAND, "1800-01-01", "1800-02-01")),
    ]).toEqual(["out_of_span", "out_of_span", "out_of_span", "out_of_span", "out_of_span"]);
  });

  it("ends every rule at 2200-12-31, so a rule without COUNT or UNTIL stops there", () => {
    const result = expandRecurrence(
      { start: "2190-06-01T10:00", zone: "UTC", rule: "FREQ=YEARLY" },
      { limit: 100 },
    );
    expect(result.success && result.data.map((o) => o.utc.slice(0, 4))).toEqual(
      Array.from({ length: 11 }, (_, i) => String(2190 + i)),
    );
  });
});
