import { describe, expect, it } from "vitest";
import { readSharedFixture } from "../__fixtures__/sharedFixtures.ts";
import {
  UK_BANK_HOLIDAY_DIVISIONS,
  createUkBankHolidayCalendar,
} from "./createUkBankHolidayCalendar.ts";

type Feed = Record<string, { events: { title: string; date: string; notes: string }[] }>;
const feed = readSharedFixture("uk-bank-holidays/bank-holidays.json") as Feed;

describe("createUkBankHolidayCalendar", () => {
  for (const division of UK_BANK_HOLIDAY_DIVISIONS) {
    it(`matches every event of the GOV.UK feed for ${division}`, () => {
      const calendar = createUkBankHolidayCalendar(division);
      const events = feed[division]?.events ?? [];
      expect(events.length).toBeGreaterThan(70);
      for (const event of events) {
        expect(calendar.holidayOn(event.date)).toEqual({
          date: event.date,
          title: event.title,
          calendar: `uk-${division}`,
          ...(event.notes === "Substitute day" ? { substitute: true } : {}),
        });
      }
    });
  }

  it("knows Scotland's 2 January and that Easter Monday is not a Scottish bank holiday", () => {
    expect(createUkBankHolidayCalendar("scotland").holidayOn("2026-01-02")?.title).toBe(
      "2nd January",
    );
    expect(createUkBankHolidayCalendar("scotland").holidayOn("2026-04-06")).toBeUndefined();
    expect(createUkBankHolidayCalendar("england-and-wales").holidayOn("2026-04-06")?.title).toBe(
      "Easter Monday",
    );
  });

  it("states its coverage and carries the Open Government Licence attribution", () => {
    const calendar = createUkBankHolidayCalendar("northern-ireland");
    expect(calendar.coverage).toEqual({ from: "2019-01-01", to: "2027-12-31" });
    expect(calendar.attribution).toContain("Open Government Licence v3.0");
  });
});
