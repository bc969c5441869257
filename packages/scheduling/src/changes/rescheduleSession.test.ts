import { describe, expect, it } from "vitest";
import { cancelSession } from "./cancelSession.ts";
import { rescheduleSession } from "./rescheduleSession.ts";
import { betterTogether as programme } from "../__fixtures__/programmes.ts";

describe("rescheduleSession", () => {
  it("moves one session, keeping its id and original slot and raising its sequence", () => {
    const before = programme();
    const result = rescheduleSession(before, "bt-s7", {
      date: "2025-04-23",
      startTime: "14:00",
      note: "Easter",
    });
    expect(result.success).toBe(true);
    if (!result.success) return;
    const moved = result.data.sessions[6];
    expect(moved).toMatchObject({
      id: "bt-s7",
      date: "2025-04-23",
      startTime: "14:00",
      endTime: "16:00",
      start: "2025-04-23T13:00:00Z",
      originalDate: "2025-04-28",
      sequence: 1,
      note: "Easter",
    });
    expect(result.data.sessions.filter((s) => s.sequence > 0)).toHaveLength(1);
  });

  it("refuses a start time that does not exist that day, an unknown session and a cancelled one", () => {
    const p = programme();
    const gap = rescheduleSession(p, "bt-s1", { date: "2025-03-30", startTime: "01:30" });
    const unknown = rescheduleSession(p, "bt-s99", { date: "2025-03-30" });
    const cancelled = cancelSession(p, "bt-s2");
    const again = cancelled.success
      ? rescheduleSession(cancelled.data, "bt-s2", { date: "2025-03-19" })
      : cancelled;
    expect([gap, unknown, again].map((r) => (r.success ? "ok" : r.error.code))).toEqual([
      "invalid_input",
      "unknown_session",
      "session_cancelled",
    ]);
  });
});
