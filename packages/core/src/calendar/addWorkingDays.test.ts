import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isCarerKitError } from "../errors/isCarerKitError.ts";
import { addWorkingDays } from "./addWorkingDays.ts";
import { countWorkingDays } from "./countWorkingDays.ts";

/** England and Wales bank holidays in 2026, from GOV.UK's bank-holidays.json (OGL v3.0). */
const ENGLAND_2026 = [
  "2026-01-01",
  "2026-04-03",
  "2026-04-06",
  "2026-05-04",
  "2026-05-25",
  "2026-08-31",
  "2026-12-25",
  "2026-12-28",
];

/** A naive day-by-day walk with `Date` in UTC, as an independent oracle. */
function walk(start: string, workingDays: number, holidays: readonly string[]): string {
  const date = new Date(`${start}T00:00:00Z`);
  for (let counted = 0; counted < workingDays;) {
    date.setUTCDate(date.getUTCDate() + 1);
    const iso = date.toISOString().slice(0, 10);
    const weekday = date.getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !holidays.includes(iso)) counted += 1;
  }
  return date.toISOString().slice(0, 10);
}

describe("addWorkingDays", () => {
  it("skips the weekend", () => {
    expect(addWorkingDays("2026-03-06", 1)).toBe("2026-03-09");
    expect(addWorkingDays("2026-03-06", 5)).toBe("2026-03-13");
  });

  it("skips Good Friday and Easter Monday when they are given as holidays", () => {
    expect(addWorkingDays("2026-04-02", 1, { holidays: ENGLAND_2026 })).toBe("2026-04-07");
    expect(addWorkingDays("2026-04-03", 3, { holidays: ENGLAND_2026 })).toBe("2026-04-09");
  });

  it("skips Christmas and the substitute Boxing Day bank holiday", () => {
    expect(addWorkingDays("2026-12-24", 1, { holidays: ENGLAND_2026 })).toBe("2026-12-29");
  });

  it("is unaffected by the clock change in late March", () => {
    expect(addWorkingDays("2026-03-27", 1)).toBe("2026-03-30");
  });

  it("starting on a weekend counts from the next Monday", () => {
    expect(addWorkingDays("2026-03-07", 3)).toBe("2026-03-11");
  });

  it("returns the start itself for zero working days", () => {
    expect(addWorkingDays("2026-03-07", 0)).toBe("2026-03-07");
  });

  it("agrees with a day-by-day walk and is undone by countWorkingDays", () => {
    const date = fc
      .date({
        min: new Date("1990-01-01T00:00:00Z"),
        max: new Date("2100-12-31T00:00:00Z"),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        date,
        fc.integer({ min: 0, max: 400 }),
        fc.array(date, { maxLength: 20 }),
        (start, n, holidays) => {
          const end = addWorkingDays(start, n, { holidays });
          expect(end).toBe(walk(start, n, holidays));
          expect(countWorkingDays(start, end, { holidays })).toBe(n);
        },
      ),
    );
  });

  it("does not mutate the holidays it is given", () => {
    const holidays = Object.freeze([...ENGLAND_2026]);
    addWorkingDays("2026-04-02", 10, { holidays });
    expect(holidays).toEqual(ENGLAND_2026);
  });

  it("rejects bad arguments with typed errors naming the parameter", () => {
    const cases: [() => unknown, string][] = [
      [() => addWorkingDays("2026-02-30", 1), "start"],
      [() => addWorkingDays("1899-12-31", 1), "start"],
      [() => addWorkingDays("2026-03-06", -1), "workingDays"],
      [() => addWorkingDays("2026-03-06", 1.5), "workingDays"],
      [() => addWorkingDays("2026-03-06", Number.NaN), "workingDays"],
      [() => addWorkingDays("2026-03-06", 1e9), "workingDays"],
      [() => addWorkingDays("2026-03-06", 1, { holidays: ["2026-13-01"] }), "options.holidays[0]"],
      [() => addWorkingDays("2026-03-06", 1, { holidays: ["2300-01-01"] }), "options.holidays[0]"],
      [
        () => addWorkingDays("2026-03-06", 1, { holidays: "2026-03-09" as never }),
        "options.holidays",
      ],
      [() => addWorkingDays(undefined as never, 1), "start"],
      [() => addWorkingDays("2026-03-06", 1, null as never), "options"],
    ];
    for (const [call, field] of cases) {
      try {
        call();
        expect.unreachable(`expected ${field} to be rejected`);
      } catch (error) {
        expect(isCarerKitError(error) && error.issues[0]?.path).toEqual([field]);
      }
    }
  });
});
