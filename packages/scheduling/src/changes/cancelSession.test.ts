import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toICalendar } from "../icalendar/toICalendar.ts";
import { cancelSession } from "./cancelSession.ts";
import { ENGLAND as holidays, betterTogether as programme } from "../__fixtures__/programmes.ts";

describe("cancelSession", () => {
  it("cancels without extending: status cancelled, sequence up, exported as STATUS:CANCELLED", () => {
    const result = cancelSession(programme(), "bt-s3", { reason: "Heating failure" });
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.sessions[2]).toMatchObject({
      status: "cancelled",
      sequence: 1,
      note: "Heating failure",
    });
    const ics = toICalendar(result.data.sessions, {
      dtstamp: "2025-03-20T09:00:00Z",
      uidDomain: "example.org",
    });
    expect(ics.success && ics.data).toContain("STATUS:CANCELLED");
  });

  it("cancels and extends: later sessions move on one slot, skipping holidays, ids unchanged", () => {
    const before = programme();
    const result = cancelSession(before, "bt-s3", {
      extend: true,
      holidays,
      reason: "Heating failure",
    });
    expect(result.success).toBe(true);
    if (!result.success) return;
    const after = result.data;
    expect(after.sessions.map((s) => s.id)).toEqual(before.sessions.map((s) => s.id));
    expect(after.sessions.map((s) => s.date)).toEqual([
      "2025-03-10",
      "2025-03-17",
      "2025-03-31",
      "2025-04-07",
      "2025-04-14",
      "2025-04-28",
      "2025-05-12",
      "2025-05-19",
    ]);
    expect(after.sessions.map((s) => s.sequence)).toEqual([0, 0, 1, 1, 1, 1, 1, 1]);
    expect(after.sessions[2]?.content.theme).toBe(before.sessions[2]?.content.theme);
    expect(after.skipped.at(-1)).toEqual({
      date: "2025-03-24",
      reason: "cancelled",
      title: "Heating failure",
    });
  });
});

describe("changes", () => {
  it("never mutate the programme and keep every session id", () => {
    const p = programme();
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.boolean(), (n, extend) => {
        const result = cancelSession(p, `bt-s${n}`, { extend, holidays });
        expect(result.success).toBe(true);
        if (result.success)
          expect(result.data.sessions.map((s) => s.id)).toEqual(p.sessions.map((s) => s.id));
      }),
      { numRuns: 30 },
    );
  });
});
