import { describe, expect, it } from "vitest";
import { isCarerKitError } from "../errors/isCarerKitError.ts";
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

describe("countWorkingDays", () => {
  it("counts the days after the first date up to and including the last", () => {
    expect(countWorkingDays("2026-03-09", "2026-03-09")).toBe(0);
    expect(countWorkingDays("2026-03-09", "2026-03-10")).toBe(1);
    expect(countWorkingDays("2026-03-06", "2026-03-13")).toBe(5);
  });

  it("counts 261 weekdays in 2026, and 253 working days in England and Wales", () => {
    // 2026 has 261 weekdays and all 8 England and Wales bank holidays fall on weekdays: 253.
    // Counting from 31 December 2025 (not itself counted) covers every day of 2026.
    expect(countWorkingDays("2025-12-31", "2026-12-31")).toBe(261);
    expect(countWorkingDays("2025-12-31", "2026-12-31", { holidays: ENGLAND_2026 })).toBe(253);
  });

  it("ignores a holiday that falls on a weekend or outside the span, and counts a repeated one once", () => {
    const holidays = ["2026-03-07", "2026-03-20", "2026-03-10", "2026-03-10"];
    expect(countWorkingDays("2026-03-09", "2026-03-13", { holidays })).toBe(3);
  });

  it("rejects a last date before the first", () => {
    try {
      countWorkingDays("2026-03-13", "2026-03-06");
      expect.unreachable();
    } catch (error) {
      expect(isCarerKitError(error) && error.issues[0]?.path).toEqual(["to"]);
    }
  });
});
