import { describe, expect, it } from "vitest";
import { combineHolidayCalendars } from "./combineHolidayCalendars.ts";
import { createClosureCalendar } from "./createClosureCalendar.ts";
import { createUkBankHolidayCalendar } from "./createUkBankHolidayCalendar.ts";

describe("createClosureCalendar", () => {
  it("closes every day of a run, including across the March clock change", () => {
    const result = createClosureCalendar([
      { date: "2025-03-28", until: "2025-04-01", title: "Refurbishment" },
    ]);
    if (!result.success) throw new Error(result.error.message);
    const closed = [
      "2025-03-27",
      "2025-03-28",
      "2025-03-29",
      "2025-03-30",
      "2025-03-31",
      "2025-04-01",
      "2025-04-02",
    ].map((d) => result.data.holidayOn(d)?.title ?? "open");
    expect(closed).toEqual([
      "open",
      "Refurbishment",
      "Refurbishment",
      "Refurbishment",
      "Refurbishment",
      "Refurbishment",
      "open",
    ]);
  });

  it("rejects an impossible date or a run that ends before it starts", () => {
    const bad = [
      createClosureCalendar([{ date: "2025-02-29", title: "x" }]),
      createClosureCalendar([{ date: "2025-03-02", until: "2025-03-01", title: "x" }]),
    ];
    expect(bad.map((r) => (r.success ? "ok" : r.error.path?.join(".")))).toEqual([
      "closures.0.date",
      "closures.0.until",
    ]);
  });
});

describe("combineHolidayCalendars", () => {
  it("closes a date when any calendar does and keeps coverage and attribution", () => {
    const closures = createClosureCalendar([{ date: "2025-06-10", title: "Training day" }]);
    if (!closures.success) throw new Error(closures.error.message);
    const combined = combineHolidayCalendars([
      createUkBankHolidayCalendar("scotland"),
      closures.data,
    ]);
    expect(combined.holidayOn("2025-06-10")?.title).toBe("Training day");
    expect(combined.holidayOn("2025-08-04")?.title).toBe("Summer bank holiday");
    expect(combined.holidayOn("2025-08-25")).toBeUndefined();
    expect(combined.coverage).toEqual({ from: "2019-01-01", to: "2027-12-31" });
    expect(combined.attribution).toContain("Open Government Licence");
  });
});
