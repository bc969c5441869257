import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RRule } from "./rrule.ts";
import { forEachWeekly, weeklyPattern } from "./weekly.ts";

const DAY = 86_400_000;
const DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;

const ruleArb = fc
  .record({
    interval: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
    byday: fc.subarray([...DAYS]),
    wkst: fc.option(fc.constantFrom(...DAYS), { nil: undefined }),
  })
  .map(({ interval, byday, wkst }) =>
    [
      "FREQ=WEEKLY",
      interval === undefined ? undefined : `INTERVAL=${interval}`,
      byday.length === 0 ? undefined : `BYDAY=${byday.join(",")}`,
      wkst === undefined ? undefined : `WKST=${wkst}`,
    ]
      .filter((part) => part !== undefined)
      .join(";"),
  );
// DTSTART as floating ms (wall-clock fields in UTC fields), whole seconds, 1900–2090.
const startArb = fc
  .integer({ min: Date.UTC(1900, 0, 1) / 1000, max: Date.UTC(2090, 0, 1) / 1000 })
  .map((s) => s * 1000);

/** The reference: rrule.js in floating mode, first `count` dates. */
function rruleDates(rule: string, start: number, count: number): number[] {
  const options = RRule.parseString(rule);
  return new RRule({ ...options, dtstart: new Date(start), count }, true)
    .all()
    .map((date) => date.getTime());
}

function directDates(rule: string, start: number, from: number, count: number): number[] {
  const pattern = weeklyPattern(RRule.parseString(rule), start);
  if (pattern === undefined) throw new Error(`${rule}: not a simple weekly rule`);
  const dates: number[] = [];
  if (count === 0) return dates;
  forEachWeekly(pattern, from, (floating) => {
    if (floating >= from) dates.push(floating);
    return dates.length < count;
  });
  return dates;
}

describe("weekly rules expanded directly", () => {
  it("give exactly rrule.js's dates for random INTERVAL, BYDAY, WKST and DTSTART", () => {
    fc.assert(
      fc.property(ruleArb, startArb, (rule, start) => {
        expect(directDates(rule, start, Number.NEGATIVE_INFINITY, 40)).toEqual(
          rruleDates(rule, start, 40),
        );
      }),
      { numRuns: 300 },
    );
  });

  it("give the same dates when starting from a later point as a full expansion filtered to it", () => {
    fc.assert(
      fc.property(
        ruleArb,
        startArb,
        fc.integer({ min: -3 * DAY, max: 400 * DAY }),
        (rule, start, skip) => {
          const from = start + skip;
          const full = rruleDates(rule, start, 400).filter((date) => date >= from);
          expect(directDates(rule, start, from, full.length)).toEqual(full);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("leave rules with other parts to rrule.js", () => {
    for (const rule of [
      "FREQ=DAILY",
      "FREQ=WEEKLY;BYDAY=1MO",
      "FREQ=WEEKLY;BYHOUR=9,17",
      "FREQ=WEEKLY;BYMONTH=3",
      "FREQ=WEEKLY;BYSETPOS=1;BYDAY=MO,TU",
    ])
      expect(weeklyPattern(RRule.parseString(rule), 0), rule).toBeUndefined();
  });

  it("stop at the end of year 9999, as rrule.js does", () => {
    const start = Date.UTC(9999, 11, 1, 10);
    expect(directDates("FREQ=WEEKLY", start, Number.NEGATIVE_INFINITY, 10)).toEqual(
      rruleDates("FREQ=WEEKLY", start, 10),
    );
  });
});
