import { describe, expect, it } from "vitest";
import { planProgramme } from "../planning/planProgramme.ts";
import type { ProgrammeSchedule, ProgrammeSession } from "../planning/types.ts";
import {
  BETTER_TOGETHER_TEMPLATE,
  PALLIATIVE_CARE_SOCIAL_WORKER,
} from "../templates/betterTogether.ts";
import type { ProgrammeTemplate } from "../templates/types.ts";
import { rosterFacilitators } from "./rosterFacilitators.ts";
import type { Facilitator } from "./types.ts";

const Q = [PALLIATIVE_CARE_SOCIAL_WORKER];
const schedule: ProgrammeSchedule = {
  programmeId: "bt",
  startDate: "2025-03-10",
  startTime: "10:00",
  zone: "Europe/London",
};

function sessionsOf(
  template: ProgrammeTemplate,
  overrides: Partial<ProgrammeSchedule> = {},
): readonly ProgrammeSession[] {
  const result = planProgramme(template, { ...schedule, ...overrides });
  if (!result.success) throw new Error(result.error.message);
  return result.data.sessions;
}

const ann: Facilitator = { id: "ann", name: "Ann", qualifications: Q };
const bob: Facilitator = { id: "bob", name: "Bob", qualifications: Q };
const cat: Facilitator = { id: "cat", name: "Cat", qualifications: Q };
const eve: Facilitator = { id: "eve", name: "Eve", qualifications: ["volunteer"] };

describe("rosterFacilitators", () => {
  it("staffs every Better Together session with two qualified facilitators, the same pair throughout", () => {
    const result = rosterFacilitators(sessionsOf(BETTER_TOGETHER_TEMPLATE), [eve, cat, ann, bob]);
    expect(result.success).toBe(true);
    if (!result.success) return;
    const pairs = new Set(result.data.assignments.map((a) => a.facilitatorIds.join("+")));
    expect(pairs.size).toBe(1);
    expect(result.data.assignments.every((a) => a.facilitatorIds.length === 2)).toBe(true);
    expect(result.data.load["eve"]).toBe(0);
  });

  it("explains an infeasible roster per session and per facilitator", () => {
    const sessions = sessionsOf(BETTER_TOGETHER_TEMPLATE);
    const result = rosterFacilitators(sessions, [
      ann,
      { ...bob, unavailable: [{ date: "2025-03-24" }] },
      eve,
    ]);
    expect(result.success).toBe(false);
    if (result.success || result.error.code !== "unstaffable") return;
    expect(result.error.sessions).toHaveLength(1);
    expect(result.error.sessions[0]).toMatchObject({
      sessionId: "bt-s3",
      date: "2025-03-24",
      needed: 2,
      possible: 1,
      summary: "Bob: unavailable 24 Mar 2025; Eve: not qualified",
    });
    expect(result.error.bottleneck).toEqual({
      sessionIds: ["bt-s3"],
      demand: 2,
      supply: 1,
      candidateIds: ["ann"],
    });
    expect(result.error.message).toContain("bt-s3 (24 Mar 2025) needs 2, at most 1 possible");
  });

  it("finds the roster a naive greedy assignment misses", () => {
    const twoSessions: ProgrammeTemplate = {
      id: "two",
      name: "Two sessions",
      sessions: BETTER_TOGETHER_TEMPLATE.sessions.slice(0, 2),
    };
    const sessions = sessionsOf(twoSessions); // 10 and 17 March
    const facilitators: Facilitator[] = [
      { id: "x", name: "Xan", qualifications: Q, maxSessions: 1 },
      { id: "w", name: "Wyn", qualifications: Q, unavailable: [{ date: "2025-03-17" }] },
      { id: "y", name: "Yas", qualifications: Q, unavailable: [{ date: "2025-03-17" }] },
      { id: "z", name: "Zed", qualifications: Q, unavailable: [{ date: "2025-03-10" }] },
    ];
    // Greedy: for each session in order, take the first available facilitators in list order.
    const used = new Map<string, number>();
    const greedy = sessions.map((s) =>
      facilitators
        .filter((f) => !(f.unavailable ?? []).some((u) => "date" in u && u.date === s.date))
        .filter((f) => (used.get(f.id) ?? 0) < (f.maxSessions ?? Infinity))
        .slice(0, 2)
        .map((f) => {
          used.set(f.id, (used.get(f.id) ?? 0) + 1);
          return f.id;
        }),
    );
    expect(greedy.map((g) => g.length)).toEqual([2, 1]); // greedy gives Xan to the first session and gets stuck

    const result = rosterFacilitators(sessions, facilitators);
    expect(result.success && result.data.assignments).toEqual([
      { sessionId: "bt-s1", facilitatorIds: ["w", "y"] },
      { sessionId: "bt-s2", facilitatorIds: ["x", "z"] },
    ]);
  });

  it("never double-books a facilitator across programmes running at the same time", () => {
    const morning = sessionsOf(BETTER_TOGETHER_TEMPLATE, { programmeId: "a" });
    const overlapping = sessionsOf(BETTER_TOGETHER_TEMPLATE, {
      programmeId: "b",
      startTime: "11:00",
    });
    const enough = rosterFacilitators(
      [...morning, ...overlapping],
      [ann, bob, cat, { ...eve, qualifications: Q }],
    );
    expect(enough.success).toBe(true);
    if (enough.success) {
      for (let i = 0; i < 8; i++) {
        const a = enough.data.assignments[i]?.facilitatorIds ?? [];
        const b = enough.data.assignments[i + 8]?.facilitatorIds ?? [];
        expect(a.filter((f) => b.includes(f))).toEqual([]);
      }
    }
    const short = rosterFacilitators([...morning, ...overlapping], [ann, bob, cat]);
    expect(short.success).toBe(false);
    if (!short.success && short.error.code === "unstaffable") {
      expect(short.error.sessions).toHaveLength(8);
      expect(short.error.sessions[0]?.exclusions.some((e) => e.reason === "double_booked")).toBe(
        true,
      );
    }
  });

  it("respects each facilitator's maximum load", () => {
    const result = rosterFacilitators(sessionsOf(BETTER_TOGETHER_TEMPLATE), [
      { ...ann, maxSessions: 4 },
      bob,
      cat,
    ]);
    expect(result.success && result.data.load).toEqual({ ann: 4, bob: 8, cat: 4 });
  });

  it("keeps an earlier roster's assignments where it still can", () => {
    const sessions = sessionsOf(BETTER_TOGETHER_TEMPLATE);
    const previous = sessions.map((s) => ({ sessionId: s.id, facilitatorIds: ["bob", "cat"] }));
    const result = rosterFacilitators(sessions, [ann, bob, cat], { previous });
    expect(
      result.success && result.data.assignments.every((a) => a.facilitatorIds.join() === "bob,cat"),
    ).toBe(true);
  });

  it("ignores cancelled sessions and rejects duplicate facilitator ids", () => {
    const sessions = sessionsOf(BETTER_TOGETHER_TEMPLATE).map((s, i) =>
      i === 0 ? { ...s, status: "cancelled" as const } : s,
    );
    const result = rosterFacilitators(sessions, [ann, bob]);
    expect(result.success && result.data.assignments).toHaveLength(7);
    const dup = rosterFacilitators(sessions, [ann, ann]);
    expect(dup.success ? "" : dup.error.code).toBe("invalid_input");
  });
});
