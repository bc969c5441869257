import fc from "fast-check";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bankHolidays, HSDS, readJson } from "../__fixtures__/paths.ts";
import { fromHsds } from "../import/fromHsds.ts";
import type { OfferSchedule } from "../offer/schedule.ts";
import { isOpenAt } from "./isOpenAt.ts";

const at = (iso: string): Date => new Date(iso);
const offer = (...schedules: OfferSchedule[]) => ({ schedules });

describe("isOpenAt on the HSDS field-guidance worked example", () => {
  // Mon–Thu 09:00–12:00Z and 15:00–17:00Z, valid 2020-04-01..2020-12-20;
  // first Saturday of the month 09:00Z–17:00Z from 2020-07-04 until 2020-11-07.
  const example = fromHsds(readJson(join(HSDS, "3.1/field-guidance/schedules/services.json")))
    .offers[0]!;

  it.each([
    ["2020-06-01T09:30:00Z", "open"], // Monday morning session
    ["2020-06-01T08:30:00Z", "closed"], // 09:30 BST but 08:30 UTC: the times carry Z, so UTC
    ["2020-06-01T13:00:00Z", "closed"], // between the split sessions
    ["2020-06-04T16:59:00Z", "open"], // Thursday afternoon
    ["2020-06-04T17:00:00Z", "closed"], // closes_at is exclusive
    ["2020-06-05T10:00:00Z", "closed"], // Friday
    ["2020-03-30T10:00:00Z", "closed"], // before valid_from
    ["2020-12-21T10:00:00Z", "closed"], // after valid_to
    ["2020-07-04T10:00:00Z", "open"], // first Saturday of July
    ["2020-07-11T10:00:00Z", "closed"], // second Saturday
    ["2020-11-07T16:00:00Z", "open"], // the UNTIL date itself
    ["2020-12-05T10:00:00Z", "closed"], // after UNTIL
  ] as const)("at %s it is %s", (instant, expected) => {
    expect(isOpenAt(example, at(instant))).toBe(expected);
  });
});

describe("isOpenAt with local Europe/London times", () => {
  const tuesdayEvening: OfferSchedule = {
    id: "s",
    freq: "WEEKLY",
    byday: "TU",
    opensAt: "18:00",
    closesAt: "20:00",
  };

  it("follows British Summer Time and Greenwich Mean Time", () => {
    expect(isOpenAt(offer(tuesdayEvening), at("2026-06-02T17:30:00Z"))).toBe("open"); // 18:30 BST
    expect(isOpenAt(offer(tuesdayEvening), at("2026-06-02T19:30:00Z"))).toBe("closed"); // 20:30 BST
    expect(isOpenAt(offer(tuesdayEvening), at("2026-01-06T18:30:00Z"))).toBe("open"); // 18:30 GMT
    expect(isOpenAt(offer(tuesdayEvening), at("2026-01-06T17:30:00Z"))).toBe("closed");
  });

  it("handles the days the clocks change", () => {
    const sunday: OfferSchedule = {
      id: "s",
      freq: "WEEKLY",
      byday: "SU",
      opensAt: "10:00",
      closesAt: "12:00",
    };
    expect(isOpenAt(offer(sunday), at("2026-03-29T09:30:00Z"))).toBe("open"); // 10:30 BST, first day of BST
    expect(isOpenAt(offer(sunday), at("2026-10-25T10:30:00Z"))).toBe("open"); // 10:30 GMT, first day of GMT
  });

  it("opens overnight windows across midnight", () => {
    const nights: OfferSchedule = {
      id: "n",
      freq: "WEEKLY",
      byday: "FR",
      opensAt: "22:00",
      closesAt: "07:00",
    };
    expect(isOpenAt(offer(nights), at("2026-06-06T02:00:00Z"))).toBe("open"); // Sat 03:00 BST
    expect(isOpenAt(offer(nights), at("2026-06-06T06:30:00Z"))).toBe("closed");
  });

  it("reads fortnightly, last-Friday and counted rules", () => {
    const fortnightly: OfferSchedule = {
      id: "f",
      freq: "WEEKLY",
      interval: 2,
      dtstart: "2026-05-26",
      byday: "TU",
      opensAt: "18:00",
      closesAt: "20:00",
    };
    expect(isOpenAt(offer(fortnightly), at("2026-06-09T17:30:00Z"))).toBe("open");
    expect(isOpenAt(offer(fortnightly), at("2026-06-02T17:30:00Z"))).toBe("closed");
    const lastFriday: OfferSchedule = {
      id: "l",
      freq: "MONTHLY",
      byday: "-1FR",
      opensAt: "10:00",
      closesAt: "12:00",
    };
    expect(isOpenAt(offer(lastFriday), at("2026-06-26T09:30:00Z"))).toBe("open");
    expect(isOpenAt(offer(lastFriday), at("2026-06-19T09:30:00Z"))).toBe("closed");
    const sixWeeks: OfferSchedule = {
      id: "c",
      freq: "WEEKLY",
      count: 6,
      dtstart: "2026-05-07",
      byday: "TH",
      opensAt: "14:00",
      closesAt: "16:00",
    };
    expect(isOpenAt(offer(sixWeeks), at("2026-06-11T13:30:00Z"))).toBe("open"); // 6th session
    expect(isOpenAt(offer(sixWeeks), at("2026-06-18T13:30:00Z"))).toBe("closed"); // 7th would exceed COUNT
  });

  it("is closed on bank holidays supplied from the GOV.UK feed", () => {
    const weekdays: OfferSchedule = {
      id: "w",
      freq: "WEEKLY",
      byday: "MO,TU,WE,TH,FR",
      opensAt: "09:00",
      closesAt: "17:00",
    };
    const closedDates = bankHolidays("england-and-wales");
    expect(isOpenAt(offer(weekdays), at("2026-05-25T10:00:00Z"), { closedDates })).toBe("closed"); // Spring bank holiday
    expect(isOpenAt(offer(weekdays), at("2026-05-26T10:00:00Z"), { closedDates })).toBe("open");
  });

  it("says unknown rather than closed when times or rules are missing", () => {
    expect(isOpenAt(offer(), at("2026-06-02T10:00:00Z"))).toBe("unknown");
    expect(
      isOpenAt(offer({ id: "t", freq: "WEEKLY", byday: "TU" }), at("2026-06-02T10:00:00Z")),
    ).toBe("unknown");
    expect(
      isOpenAt(offer({ id: "d", description: "Most weekdays" }), at("2026-06-02T10:00:00Z")),
    ).toBe("unknown");
  });

  it("honours an explicit offset and the numeric timezone field", () => {
    expect(
      isOpenAt(
        offer({
          id: "o",
          freq: "WEEKLY",
          byday: "TU",
          opensAt: "18:00+01:00",
          closesAt: "20:00+01:00",
        }),
        at("2026-01-06T17:30:00Z"),
      ),
    ).toBe("open");
    expect(
      isOpenAt(
        offer({
          id: "z",
          freq: "WEEKLY",
          byday: "TU",
          opensAt: "18:00",
          closesAt: "20:00",
          timezone: -5,
        }),
        at("2026-01-06T23:30:00Z"),
      ),
    ).toBe("open");
  });

  it("never throws and always answers open, closed or unknown", () => {
    const schedule = fc.record({
      id: fc.constant("s"),
      freq: fc.constantFrom("WEEKLY", "MONTHLY", undefined),
      byday: fc.constantFrom("MO", "TU,TH", "1SA", "-1FR", "XX", undefined),
      interval: fc.constantFrom(1, 2, 3, undefined),
      dtstart: fc.constantFrom("2026-01-05", "2025-12-31", undefined),
      opensAt: fc.constantFrom("09:00", "18:00Z", "23:00", undefined),
      closesAt: fc.constantFrom("17:00", "20:00", "01:00", "23:59", undefined),
    });
    fc.assert(
      fc.property(
        fc.array(schedule, { maxLength: 3 }),
        fc.date({ min: new Date("2020-01-01"), max: new Date("2030-01-01"), noInvalidDate: true }),
        (schedules, when) => {
          expect(["open", "closed", "unknown"]).toContain(
            isOpenAt(offer(...(schedules as OfferSchedule[])), when),
          );
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);
});
