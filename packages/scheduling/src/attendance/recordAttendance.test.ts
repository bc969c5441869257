import { describe, expect, it } from "vitest";
import { recordAttendance } from "./recordAttendance.ts";
import type { AttendanceMark } from "./types.ts";
import { betterTogether } from "../__fixtures__/programmes.ts";

const programme = () => betterTogether({ startDate: "2025-09-01" });

describe("recordAttendance", () => {
  it("keeps marks attached to the session id and refuses unknown sessions and marks", () => {
    const p = programme();
    const first = recordAttendance(p, undefined, { sessionId: "bt-s1", marks: { c1: "attended" } });
    if (!first.success) throw new Error(first.error.message);
    const second = recordAttendance(p, first.data, {
      sessionId: "bt-s1",
      marks: { c2: "no_show" },
    });
    expect(second.success && second.data.sessions["bt-s1"]).toEqual({
      c1: "attended",
      c2: "no_show",
    });
    const unknown = recordAttendance(p, first.data, { sessionId: "x", marks: {} });
    const bad = recordAttendance(p, first.data, {
      sessionId: "bt-s1",
      marks: { c1: "late" as AttendanceMark },
    });
    expect([unknown, bad].map((r) => (r.success ? "ok" : r.error.code))).toEqual([
      "unknown_session",
      "invalid_argument",
    ]);
  });
});
