import { describe, expect, it } from "vitest";
import { deepFreeze } from "../../../../scripts/test/deepFreeze.ts";
import { expandRecurrence } from "./expandRecurrence.ts";
import { findNextOccurrence } from "./findNextOccurrence.ts";
import { findPreviousOccurrence } from "./findPreviousOccurrence.ts";
import { listOccurrencesBetween } from "./listOccurrencesBetween.ts";

// Mondays at 10:00 in London since 5 January 2015 (a Monday). Expected dates are derived from the
// Gregorian calendar; offsets from the UK's summer-time rule (last Sunday of March to last
// Sunday of October, Summer Time Order 2002).
const mondays = deepFreeze({
  start: "2015-01-05T10:00",
  zone: "Europe/London",
  rule: "FREQ=WEEKLY;BYDAY=MO",
});

describe("listOccurrencesBetween", () => {
  it("lists the Mondays of a window ten years after DTSTART with their local offsets", () => {
    const result = listOccurrencesBetween(mondays, {
      from: "2025-03-24T00:00:00Z",
      to: "2025-04-08T00:00:00Z",
    });
    expect(result).toEqual({
      success: true,
      data: [
        { local: "2025-03-24T10:00:00+00:00", utc: "2025-03-24T10:00:00Z" },
        { local: "2025-03-31T10:00:00+01:00", utc: "2025-03-31T09:00:00Z" },
        { local: "2025-04-07T10:00:00+01:00", utc: "2025-04-07T09:00:00Z" },
      ],
    });
  });

  it("includes an occurrence at `from` and excludes one at `to`", () => {
    const result = listOccurrencesBetween(mondays, {
      from: "2025-03-31T09:00:00Z",
      to: "2025-04-07T10:00:00+01:00",
    });
    expect(result.success && result.data.map((o) => o.utc)).toEqual(["2025-03-31T09:00:00Z"]);
  });

  it("does not expand from DTSTART: a window in 2025 of a daily rule from 1990 fits a budget of 50 visits", () => {
    const daily = { start: "1990-01-01T09:00", zone: "Europe/London", rule: "FREQ=DAILY" };
    const window = { from: "2025-06-01T00:00:00Z", to: "2025-06-08T00:00:00Z" };
    const result = listOccurrencesBetween(daily, window, { maxIterations: 50 });
    expect(result.success && result.data.length).toBe(7);
    // Expanding the same rule from DTSTART runs out of that budget long before 2025.
    expect(expandRecurrence(daily, { limit: 20_000, maxIterations: 50 }).success).toBe(false);
  });

  it("counts DTSTART as the first instance even when the rule does not produce it (RFC 5545)", () => {
    // Monday 3 March 2025, rule on Tuesdays: RFC 5545 §3.8.5.3 says DTSTART "always counts as
    // the first occurrence"; rrule.js and python-dateutil would start on Tuesday 4 March.
    const tuesdays = {
      start: "2025-03-03T10:00",
      zone: "Europe/London",
      rule: "FREQ=WEEKLY;BYDAY=TU",
    };
    const result = listOccurrencesBetween(tuesdays, {
      from: "2025-03-01T00:00:00Z",
      to: "2025-03-12T00:00:00Z",
    });
    expect(result.success && result.data.map((o) => o.utc)).toEqual([
      "2025-03-03T10:00:00Z",
      "2025-03-04T10:00:00Z",
      "2025-03-11T10:00:00Z",
    ]);
  });

  it("skips a local time in the spring-forward gap by default and shifts it on request", () => {
    const early = { start: "2025-03-23T01:30", zone: "Europe/London", rule: "FREQ=WEEKLY" };
    const window = { from: "2025-03-29T00:00:00Z", to: "2025-04-07T00:00:00Z" };
    const skipped = listOccurrencesBetween(early, window);
    expect(skipped.success && skipped.data.map((o) => o.local)).toEqual([
      "2025-04-06T01:30:00+01:00",
    ]);
    const shifted = listOccurrencesBetween(early, window, { nonexistentTime: "shift" });
    expect(shifted.success && shifted.data.map((o) => o.local)).toEqual([
      "2025-03-30T02:30:00+01:00",
      "2025-04-06T01:30:00+01:00",
    ]);
  });

  it("names a malformed or offset-less instant", () => {
    const result = listOccurrencesBetween(mondays, { from: "2025-03-24T00:00", to: "x" });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.code).toBe("invalid_input");
      expect(result.error.path).toEqual(["from"]);
    }
  });
});

describe("findNextOccurrence and findPreviousOccurrence", () => {
  it("find the Mondays either side of a Tuesday, strictly after and before the instant", () => {
    const next = findNextOccurrence(mondays, "2025-06-03T12:00:00Z");
    expect(next.success && next.data?.local).toBe("2025-06-09T10:00:00+01:00");
    const previous = findPreviousOccurrence(mondays, "2025-06-03T12:00:00Z");
    expect(previous.success && previous.data?.local).toBe("2025-06-02T10:00:00+01:00");
    const exactly = findNextOccurrence(mondays, "2025-06-02T09:00:00Z");
    expect(exactly.success && exactly.data?.local).toBe("2025-06-09T10:00:00+01:00");
  });

  it("find nothing after the rule's end or before DTSTART", () => {
    const ended = { ...mondays, rule: "FREQ=WEEKLY;BYDAY=MO;COUNT=3" };
    expect(findNextOccurrence(ended, "2015-01-20T00:00:00Z")).toEqual({
      success: true,
      data: undefined,
    });
    expect(findPreviousOccurrence(mondays, "2015-01-05T10:00:00Z")).toEqual({
      success: true,
      data: undefined,
    });
  });

  it("find the previous occurrence of a sparse rule years back (29 February)", () => {
    const leap = {
      start: "2000-02-29T12:00",
      zone: "Europe/London",
      rule: "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29",
    };
    const previous = findPreviousOccurrence(leap, "2027-01-01T00:00:00Z");
    expect(previous.success && previous.data?.utc).toBe("2024-02-29T12:00:00Z");
    const next = findNextOccurrence(leap, "2024-03-01T00:00:00Z");
    expect(next.success && next.data?.utc).toBe("2028-02-29T12:00:00Z");
  });
});
