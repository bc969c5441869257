import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expandRecurrence } from "./expandRecurrence.ts";

const part = (name: string, values: fc.Arbitrary<string | number>) =>
  fc.option(
    fc.array(values, { minLength: 1, maxLength: 3 }).map((v) => `${name}=${v.join(",")}`),
    {
      nil: undefined,
    },
  );

const ruleArb = fc
  .tuple(
    fc.constantFrom("YEARLY", "MONTHLY", "WEEKLY", "DAILY", "HOURLY", "MINUTELY", "SECONDLY"),
    fc.option(
      fc.constantFrom(
        "INTERVAL=1",
        "INTERVAL=2",
        "INTERVAL=3",
        "INTERVAL=7",
        "INTERVAL=12",
        "INTERVAL=0",
        "INTERVAL=1.5",
      ),
      { nil: undefined },
    ),
    part("BYDAY", fc.constantFrom("MO", "TU", "SU", "1MO", "-1FR", "5WE")),
    part("BYMONTHDAY", fc.constantFrom(1, 15, 29, 30, 31, -1, 0, 32)),
    part("BYMONTH", fc.integer({ min: 0, max: 13 })),
    part("BYHOUR", fc.integer({ min: 0, max: 24 })),
    part("BYSETPOS", fc.constantFrom(1, -1, 2, 6, 400)),
    part("BYYEARDAY", fc.constantFrom(1, 60, 366, -1)),
    part("BYWEEKNO", fc.constantFrom(1, 20, 53, -1)),
  )
  .map(([freq, ...parts]) => [`FREQ=${freq}`, ...parts.filter((p) => p !== undefined)].join(";"));

describe("expandRecurrence on arbitrary rules", () => {
  it("always returns a typed result quickly, never throws or hangs", () => {
    fc.assert(
      fc.property(
        ruleArb,
        fc.date({
          min: new Date("2020-01-01T00:00:00Z"),
          max: new Date("2030-12-31T00:00:00Z"),
          noInvalidDate: true,
        }),
        fc.constantFrom("Europe/London", "Australia/Lord_Howe", "America/New_York"),
        (rule, date, zone) => {
          const started = performance.now();
          const result = expandRecurrence(
            { start: date.toISOString().slice(0, 16), zone, rule },
            { limit: 10, maxIterations: 500 },
          );
          const elapsed = performance.now() - started;
          expect(elapsed, rule).toBeLessThan(10_000);
          if (result.success) expect(result.data.length).toBeLessThanOrEqual(10);
          else
            expect(["invalid_rule", "unreachable_rule", "budget_exceeded"]).toContain(
              result.error.code,
            );
        },
      ),
      { numRuns: 60 },
    );
  }, 120_000);
});
