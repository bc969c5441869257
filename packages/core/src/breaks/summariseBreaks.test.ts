import { describe, expect, it } from "vitest";
import { deepFreeze } from "../../../../scripts/test/deepFreeze.ts";
import { isCarerKitError } from "../errors/isCarerKitError.ts";
import type { CaringBreak } from "./BreakSchema.ts";
import { safeParseBreak } from "./safeParseBreak.ts";
import { summariseBreaks } from "./summariseBreaks.ts";

const base = { funding: "carers_grant", status: "taken" } as const;
const BREAKS: CaringBreak[] = [
  // carer-1: a 4-hour sitting service in October and a week of respite in June (window edge).
  {
    ...base,
    id: "b1",
    carerId: "carer-1",
    type: "replacement_care",
    startsOn: "2026-10-14",
    endsOn: "2026-10-14",
    hours: 4,
  },
  {
    ...base,
    id: "b2",
    carerId: "carer-1",
    type: "respite",
    funding: "local_authority",
    startsOn: "2026-06-01",
    endsOn: "2026-06-07",
  },
  // carer-2: last break in March (outside a 6-month window), one planned for January.
  {
    ...base,
    id: "b3",
    carerId: "carer-2",
    type: "activity",
    startsOn: "2026-03-10",
    endsOn: "2026-03-10",
    hours: 2,
  },
  {
    ...base,
    id: "b4",
    carerId: "carer-2",
    type: "short_break",
    status: "planned",
    startsOn: "2027-01-09",
    endsOn: "2027-01-10",
  },
  // carer-4 is not in the caseload list but has a cancelled break: still reported.
  {
    ...base,
    id: "b5",
    carerId: "carer-4",
    type: "short_break",
    status: "cancelled",
    startsOn: "2026-11-01",
    endsOn: "2026-11-01",
  },
];

describe("summariseBreaks", () => {
  const summary = summariseBreaks(deepFreeze(BREAKS), {
    asOf: "2026-12-03",
    months: 6,
    carerIds: deepFreeze(["carer-1", "carer-2", "carer-3"]),
  });

  it("looks back six calendar months: 4 June to 3 December", () => {
    expect(summary.window).toEqual({ from: "2026-06-04", to: "2026-12-03" });
  });

  it("counts days and hours of taken breaks inside the window only", () => {
    // b2 runs 1–7 June; only 4–7 June (4 days) is in the window. b1 is 1 day, 4 hours.
    expect(summary.perCarer[0]).toMatchObject({
      carerId: "carer-1",
      taken: 2,
      takenDays: 5,
      takenHours: 4,
      lastTakenOn: "2026-10-14",
      hadBreakInWindow: true,
      takenByType: { respite: 1, replacement_care: 1, short_break: 0, activity: 0 },
    });
  });

  it("names the carers with no break in the window, including those with none on record", () => {
    expect(summary.service.withoutBreak).toEqual(["carer-2", "carer-3", "carer-4"]);
    expect(summary.service).toMatchObject({
      carers: 4,
      withBreak: 1,
      planned: 1,
      takenDays: 5,
      takenHours: 4,
    });
    expect(summary.perCarer[1]).toMatchObject({ planned: 1, taken: 0, lastTakenOn: "2026-03-10" });
    expect(summary.perCarer[3]).toMatchObject({
      carerId: "carer-4",
      cancelled: 1,
      lastTakenOn: null,
    });
  });

  it("counts taken breaks by funding source", () => {
    expect(summary.service.takenByFunding).toMatchObject({
      carers_grant: 1,
      local_authority: 1,
      nhs: 0,
    });
  });

  it("clamps the window start to the month's length: 31 March less one month", () => {
    // 28 February 2026 is the last day of February; the window starts the day after.
    expect(summariseBreaks([], { asOf: "2026-03-31", months: 1 }).window.from).toBe("2026-03-01");
    expect(summariseBreaks([], { asOf: "2026-12-03" }).window.from).toBe("2025-12-04");
  });

  it("names months when it is not a whole number from 1 to 120", () => {
    try {
      summariseBreaks([], { asOf: "2026-12-03", months: 0 });
      expect.unreachable();
    } catch (error) {
      expect(isCarerKitError(error) && error.issues[0]?.path).toEqual(["months"]);
    }
  });
});

describe("safeParseBreak", () => {
  it("refuses more hours than the break has days for", () => {
    const result = safeParseBreak({ ...BREAKS[0], hours: 30 });
    expect(!result.success && result.error[0]?.message).toBe(
      "hours: expected at most 24 (24 a day over 1 day), got more",
    );
  });

  it("refuses an end before the start, and an unknown funding source", () => {
    const early = safeParseBreak({ ...BREAKS[0], endsOn: "2026-10-13" });
    expect(!early.success && early.error[0]).toMatchObject({
      code: "end_before_start",
      path: ["endsOn"],
    });
    const lottery = safeParseBreak({ ...BREAKS[0], funding: "lottery" });
    expect(!lottery.success && lottery.error[0]?.path).toEqual(["funding"]);
  });
});
