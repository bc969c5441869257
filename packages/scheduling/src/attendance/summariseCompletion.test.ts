import { describe, expect, it } from "vitest";
import type { Programme } from "../planning/types.ts";
import { cancelSession } from "../changes/cancelSession.ts";
import { recordAttendance } from "./recordAttendance.ts";
import { summariseCompletion } from "./summariseCompletion.ts";
import type { AttendanceMark, AttendanceRegister } from "./types.ts";
import { betterTogether } from "../__fixtures__/programmes.ts";

const programme = () => betterTogether({ startDate: "2025-09-01" });

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

describe("summariseCompletion", () => {
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

  it("gives the last session each carer attended, 0 for a carer who never came", () => {
    const p = programme();
    const reg = register(p, {
      c1: "AAAAAAPN",
      c2: "AAN-----",
      c3: "AAAAAAAA",
      c4: "A-A-A-A-",
      c5: "PPNN----",
    });
    const summary = summariseCompletion(p, reg);
    expect(summary.map((c) => [c.carerId, c.lastSessionAttended])).toEqual([
      ["c1", 6],
      ["c2", 2],
      ["c3", 8],
      ["c4", 7],
      ["c5", 0],
    ]);
  });

  it("defaults to three quarters of delivered sessions, ignoring cancelled ones", () => {
    const cancelled = cancelSession(programme(), "bt-s8");
    if (!cancelled.success) throw new Error(cancelled.error.message);
    const reg = register(cancelled.data, { c1: "AAAAAPP-" });
    expect(summariseCompletion(cancelled.data, reg)[0]).toMatchObject({
      delivered: 7,
      required: 6,
      completed: false,
      lastSessionAttended: 5,
    });
  });
});
