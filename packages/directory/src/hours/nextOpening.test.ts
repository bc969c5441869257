import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { OfferSchedule } from "../offer/schedule.ts";
import { isOpenAt } from "./isOpenAt.ts";
import { nextOpening } from "./nextOpening.ts";

const tuesdayEvening: OfferSchedule = {
  id: "s",
  freq: "WEEKLY",
  byday: "TU",
  opensAt: "18:00",
  closesAt: "20:00",
};

describe("nextOpening", () => {
  it("finds next Tuesday 18:00 London time from a Monday morning", () => {
    const next = nextOpening({ schedules: [tuesdayEvening] }, new Date("2026-06-01T09:00:00Z"));
    expect(next).toEqual({
      success: true,
      data: {
        start: new Date("2026-06-02T17:00:00Z"),
        end: new Date("2026-06-02T19:00:00Z"),
        scheduleId: "s",
      },
    });
  });

  it("returns the current window when already open", () => {
    const next = nextOpening({ schedules: [tuesdayEvening] }, new Date("2026-06-02T18:00:00Z"));
    expect(next.success && next.data.start.toISOString()).toBe("2026-06-02T17:00:00.000Z");
  });

  it("skips closure dates", () => {
    const next = nextOpening({ schedules: [tuesdayEvening] }, new Date("2026-06-01T09:00:00Z"), {
      closedDates: new Set(["2026-06-02"]),
    });
    expect(next.success && next.data.start.toISOString()).toBe("2026-06-09T17:00:00.000Z");
  });

  it("explains why there is no answer", () => {
    expect(nextOpening({ schedules: [] }, new Date()).success).toBe(false);
    const noTimes = nextOpening(
      { schedules: [{ id: "t", freq: "WEEKLY", byday: "TU" }] },
      new Date("2026-06-01T00:00:00Z"),
    );
    expect(!noTimes.success && noTimes.error.code).toBe("opening_times_unknown");
    const ended = nextOpening(
      { schedules: [{ ...tuesdayEvening, until: "2020-01-01" }] },
      new Date("2026-06-01T00:00:00Z"),
    );
    expect(!ended.success && ended.error.code).toBe("no_opening_in_horizon");
  });

  it("agrees with isOpenAt: the offer is open at the start and closed just before it", () => {
    const schedule = fc.record({
      id: fc.constant("s"),
      freq: fc.constantFrom("WEEKLY" as const, "MONTHLY" as const),
      byday: fc.constantFrom("MO", "TU,TH", "1SA", "-1FR", "SU"),
      opensAt: fc.constantFrom("00:30", "09:00", "18:00", "22:00"),
      closesAt: fc.constantFrom("02:00", "12:00", "20:00", "23:59"),
    });
    fc.assert(
      fc.property(
        schedule,
        fc.date({ min: new Date("2024-01-01"), max: new Date("2028-01-01"), noInvalidDate: true }),
        (s, from) => {
          const next = nextOpening({ schedules: [s] }, from);
          if (!next.success) return;
          expect(next.data.end.getTime()).toBeGreaterThan(from.getTime());
          expect(isOpenAt({ schedules: [s] }, next.data.start)).toBe("open");
          if (next.data.start > from)
            expect(isOpenAt({ schedules: [s] }, new Date(next.data.start.getTime() - 1))).not.toBe(
              "open",
            );
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);
});
