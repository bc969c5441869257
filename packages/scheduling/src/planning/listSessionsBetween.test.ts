import { describe, expect, it } from "vitest";
import { deepFreeze } from "../../../../scripts/test/deepFreeze.ts";
import { createUkBankHolidayCalendar } from "../holidays/createUkBankHolidayCalendar.ts";
import { BETTER_TOGETHER_TEMPLATE } from "../templates/betterTogether.ts";
import { listSessionsBetween } from "./listSessionsBetween.ts";
import { planProgramme } from "./planProgramme.ts";

const planned = planProgramme(
  BETTER_TOGETHER_TEMPLATE,
  { programmeId: "bt", startDate: "2025-03-17", startTime: "10:00", zone: "Europe/London" },
  { holidays: createUkBankHolidayCalendar("england-and-wales") },
);
if (!planned.success) throw new Error(planned.error.message);
const programme = deepFreeze(planned.data);

describe("listSessionsBetween", () => {
  it("lists April's sessions, skipping Easter Monday 2025 (GOV.UK bank holidays)", () => {
    const result = listSessionsBetween(programme, {
      from: "2025-04-01T00:00:00+01:00",
      to: "2025-05-01T00:00:00+01:00",
    });
    expect(result.success && result.data.map((s) => s.date)).toEqual([
      "2025-04-07",
      "2025-04-14",
      "2025-04-28",
    ]);
  });

  it("includes a session starting at `from` and excludes one starting at `to`", () => {
    const result = listSessionsBetween(programme, {
      from: "2025-03-17T10:00:00Z",
      to: "2025-03-24T10:00:00Z",
    });
    expect(result.success && result.data.map((s) => s.number)).toEqual([1]);
  });

  it("names a session whose start is not an instant", () => {
    const broken = { ...programme, sessions: [{ ...programme.sessions[0]!, start: "soon" }] };
    const result = listSessionsBetween(broken, {
      from: "2025-03-17T00:00:00Z",
      to: "2025-03-24T00:00:00Z",
    });
    expect(!result.success && result.error).toMatchObject({
      code: "invalid_argument",
      path: ["programme.sessions[0].start"],
    });
  });
});
