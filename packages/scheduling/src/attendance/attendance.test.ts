import { describe, expect, it } from "vitest";
import { planProgramme } from "../planning/planProgramme.ts";
import type { Programme } from "../planning/types.ts";
import { BETTER_TOGETHER_TEMPLATE } from "../templates/betterTogether.ts";
import { cancelSession } from "../changes/cancelSession.ts";
import { recordAttendance } from "./recordAttendance.ts";
import { summariseCompletion } from "./summariseCompletion.ts";
import type { AttendanceMark, AttendanceRegister } from "./types.ts";

function programme(): Programme {
  const r = planProgramme(BETTER_TOGETHER_TEMPLATE, {
    programmeId: "bt",
    startDate: "2025-09-01",
    startTime: "10:00",
    zone: "Europe/London",
  });
  if (!r.success) throw new Error(r.error.message);
  return r.data;
}

function register(p: Programme, patterns: Record<string, string>): AttendanceRegister {
  // pattern per carer: one letter per session: A attended, P apologies, N no-show, - unrecorded
  let reg: AttendanceRegister | undefined;
  p.sessions.forEach((s, i) => {
    const marks: Record<string, AttendanceMark> = {};
    for (const [carer, pattern] of Object.entries(patterns)) {
      const letter = pattern[i];
      if (letter === "A") marks[carer] = "attended";
      if (letter === "P") marks[carer] = "apologies";
      if (letter === "N") marks[carer] = "no_show";
    }
    const r = recordAttendance(p, reg, { sessionId: s.id, marks });
    if (!r.success) throw new Error(r.error.message);
    reg = r.data;
  });
  return reg!;
}

describe("attendance and completion", () => {
  it("completes carers who attended at least 6 of 8 sessions", () => {
    const p = programme();
    const reg = register(p, { c1: "AAAAAAPN", c2: "AAAAAPPN", c3: "AAAAAAAA", c4: "A-A-A-A-" });
    const summary = summariseCompletion(p, reg, { rule: { kind: "min_sessions", sessions: 6 } });
    expect(summary.map((c) => [c.carerId, c.attended, c.completed])).toEqual([
      ["c1", 6, true],
      ["c2", 5, false],
      ["c3", 8, true],
      ["c4", 4, false],
    ]);
    expect(summary[1]).toMatchObject({
      apologies: 2,
      noShow: 1,
      unrecorded: 0,
      delivered: 8,
      required: 6,
    });
    expect(summary[3]?.unrecorded).toBe(4);
  });

  it("defaults to three quarters of delivered sessions, ignoring cancelled ones", () => {
    const cancelled = cancelSession(programme(), "bt-s8");
    if (!cancelled.success) throw new Error(cancelled.error.message);
    const reg = register(cancelled.data, { c1: "AAAAAPP-" });
    expect(summariseCompletion(cancelled.data, reg)[0]).toMatchObject({
      delivered: 7,
      required: 6,
      completed: false,
    });
  });

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
      "invalid_input",
    ]);
  });
});
