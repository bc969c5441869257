import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readSharedFixture } from "../__fixtures__/sharedFixtures.ts";
import { combineHolidayCalendars } from "./combineHolidayCalendars.ts";
import { createClosureCalendar } from "./createClosureCalendar.ts";
import {
  UK_BANK_HOLIDAY_DIVISIONS,
  createUkBankHolidayCalendar,
} from "./createUkBankHolidayCalendar.ts";
import { listHolidays } from "./listHolidays.ts";

type Feed = Record<string, { events: { date: string }[] }>;
const feed = readSharedFixture("uk-bank-holidays/bank-holidays.json") as Feed;

describe("listHolidays", () => {
  for (const division of UK_BANK_HOLIDAY_DIVISIONS) {
    it(`lists exactly the GOV.UK feed's dates for ${division} over the whole feed`, () => {
      const dates = (feed[division]?.events ?? []).map((e) => e.date).sort();
      const first = dates[0] ?? "";
      const last = dates.at(-1) ?? "";
      const listed = listHolidays(createUkBankHolidayCalendar(division), first, last);
      if (!listed.success) throw new Error(listed.error.message);
      expect(listed.data.map((h) => h.date)).toEqual(dates);
    });
  }

  it("lists a combined calendar's closures with the bank holidays, in date order", () => {
    const closures = createClosureCalendar([
      { date: "2026-04-07", until: "2026-04-08", title: "Hospice training days" },
    ]);
    if (!closures.success) throw new Error(closures.error.message);
    const calendar = combineHolidayCalendars([
      createUkBankHolidayCalendar("england-and-wales"),
      closures.data,
    ]);
    const listed = listHolidays(calendar, "2026-04-01", "2026-04-30");
    expect(listed.success && listed.data.map((h) => `${h.date} ${h.title}`)).toEqual([
      "2026-04-03 Good Friday",
      "2026-04-06 Easter Monday",
      "2026-04-07 Hospice training days",
      "2026-04-08 Hospice training days",
    ]);
  });

  it("includes both ends and gives an empty list for a day without a holiday", () => {
    const calendar = createUkBankHolidayCalendar("england-and-wales");
    const one = listHolidays(calendar, "2026-12-25", "2026-12-25");
    expect(one.success && one.data.map((h) => h.title)).toEqual(["Christmas Day"]);
    const none = listHolidays(calendar, "2026-06-01", "2026-06-01");
    expect(none.success && none.data).toEqual([]);
  });

  it("rejects impossible dates, a reversed range and a range over ten years, naming the field", () => {
    const calendar = createUkBankHolidayCalendar("scotland");
    const results = [
      listHolidays(calendar, "2026-02-30", "2026-03-01"),
      listHolidays(calendar, "2026-01-01", "31/12/2026"),
      listHolidays(calendar, "2026-12-31", "2026-01-01"),
      listHolidays(calendar, "2020-01-01", "2031-01-01"),
    ];
    expect(
      results.map((r) => (r.success ? "ok" : `${r.error.code} ${r.error.path?.join(".") ?? ""}`)),
    ).toEqual(["invalid_input from", "invalid_input to", "invalid_input to", "invalid_input to"]);
  });

  it("gives a typed error or a sorted list for any strings, never a throw", () => {
    const calendar = createUkBankHolidayCalendar("northern-ireland");
    fc.assert(
      fc.property(fc.string(), fc.string(), (from, to) => {
        const result = listHolidays(calendar, from, to);
        if (!result.success) return result.error.code === "invalid_input";
        const dates = result.data.map((h) => h.date);
        return dates.every((d, i) => i === 0 || (dates[i - 1] ?? "") < d);
      }),
    );
  });
});
