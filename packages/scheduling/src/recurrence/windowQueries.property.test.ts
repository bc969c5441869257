import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expandRecurrence, type ExpandedOccurrence, type Recurrence } from "./expandRecurrence.ts";
import { findNextOccurrence } from "./findNextOccurrence.ts";
import { findPreviousOccurrence } from "./findPreviousOccurrence.ts";
import { listOccurrencesBetween } from "./listOccurrencesBetween.ts";

// Window queries start expanding near the window; the reference (derived) is expandRecurrence
// from DTSTART, filtered to the same window. Zones: the repository's TZ matrix plus St John's
// (half-hour offset) and Lord Howe (30-minute DST).
const DAY = 86_400_000;
const ZONES = ["Europe/London", "America/Los_Angeles", "Australia/Lord_Howe", "America/St_Johns"];

const part = (name: string, values: fc.Arbitrary<string | number>) =>
  fc.option(
    fc.uniqueArray(values, { minLength: 1, maxLength: 3 }).map((v) => `${name}=${v.join(",")}`),
    { nil: undefined },
  );

const ruleArb = fc
  .tuple(
    fc.constantFrom("YEARLY", "MONTHLY", "WEEKLY", "WEEKLY", "DAILY"),
    fc.option(
      fc.integer({ min: 1, max: 3 }).map((n) => `INTERVAL=${n}`),
      { nil: undefined },
    ),
    // BYDAY or BYMONTHDAY, not both: together they can name days that almost never come
    // ("the last Friday that is the 1st"), which only the iteration budget ends.
    fc.oneof(
      part("BYDAY", fc.constantFrom("MO", "TU", "SU", "1MO", "-1FR")),
      part("BYMONTHDAY", fc.constantFrom(1, 15, 31, -1)),
    ),
    part("BYMONTH", fc.integer({ min: 1, max: 12 })),
    part("BYHOUR", fc.constantFrom(1, 9, 18)),
    part("BYSETPOS", fc.constantFrom(1, -1)),
    fc.option(fc.constantFrom("WKST=SU", "WKST=TH"), { nil: undefined }),
    fc.option(fc.constantFrom("COUNT=40", "UNTIL=20300101T000000Z"), { nil: undefined }),
  )
  .map(([freq, ...parts]) => [`FREQ=${freq}`, ...parts.filter((p) => p !== undefined)].join(";"));

const caseArb = fc.record({
  rule: ruleArb,
  zone: fc.constantFrom(...ZONES),
  startDay: fc.integer({ min: 0, max: 3650 }),
  startTime: fc.constantFrom("00:30", "01:30", "02:30", "10:00", "23:45"),
  offsetDays: fc.integer({ min: -40, max: 400 }),
  lengthMinutes: fc.integer({ min: 0, max: 60 * 24 * 30 }),
  policies: fc.record({
    nonexistentTime: fc.constantFrom("skip" as const, "shift" as const),
    ambiguousTime: fc.constantFrom("earlier" as const, "later" as const),
  }),
});

const iso = (ms: number): string => new Date(ms).toISOString().replace(/\.000Z$/, "Z");
const instant = (o: ExpandedOccurrence): number => Date.parse(o.utc);

const LIMIT = 300;

/**
 * The reference: the occurrences from DTSTART, up to LIMIT. Cases where that does not reach well
 * past the window, or where it runs out of budget (sparse rules scanned from DTSTART), are
 * skipped: the reference cannot decide them.
 */
function fullExpansion(recurrence: Recurrence, policies: object, untilMs: number) {
  const result = expandRecurrence(recurrence, { ...policies, limit: LIMIT });
  fc.pre(result.success || result.error.code !== "budget_exceeded");
  if (!result.success) return result;
  const last = result.data.at(-1);
  fc.pre(result.data.length < LIMIT || (last !== undefined && instant(last) > untilMs));
  return result;
}

describe("window queries", () => {
  it("give exactly the occurrences of a full expansion filtered to the window, and the next and previous around it", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const startMs = Date.UTC(2000, 0, 1) + c.startDay * DAY;
        const recurrence = {
          start: `${iso(startMs).slice(0, 10)}T${c.startTime}`,
          zone: c.zone,
          rule: c.rule,
        };
        const fromMs = startMs + c.offsetDays * DAY + c.lengthMinutes * 7_000;
        const toMs = fromMs + c.lengthMinutes * 60_000;
        const full = fullExpansion(recurrence, c.policies, toMs + 3 * DAY);
        const window = { from: iso(fromMs), to: iso(toMs) };
        const listed = listOccurrencesBetween(recurrence, window, c.policies);
        const next = findNextOccurrence(recurrence, window.from, c.policies);
        const previous = findPreviousOccurrence(recurrence, window.from, c.policies);
        if (!full.success) {
          // Rules the engine rejects are rejected the same way.
          expect(listed.success ? "ok" : listed.error.code, c.rule).toBe(full.error.code);
          return;
        }
        const expected = full.data.filter((o) => instant(o) >= fromMs && instant(o) < toMs);
        expect(listed.success && listed.data, c.rule).toEqual(expected);
        const after = full.data.filter((o) => instant(o) > fromMs);
        const before = full.data.filter((o) => instant(o) < fromMs);
        const earliest = after.reduce<ExpandedOccurrence | undefined>(
          (best, o) => (best === undefined || instant(o) < instant(best) ? o : best),
          undefined,
        );
        const latest = before.reduce<ExpandedOccurrence | undefined>(
          (best, o) => (best === undefined || instant(o) > instant(best) ? o : best),
          undefined,
        );
        if (full.data.length < LIMIT || after.length > 0)
          expect(next.success && next.data, c.rule).toEqual(earliest);
        expect(previous.success && previous.data, c.rule).toEqual(latest);
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
