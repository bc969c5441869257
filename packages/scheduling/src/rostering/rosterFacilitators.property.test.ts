import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { deepFreeze } from "../../../../scripts/test/deepFreeze.ts";
import { planProgramme } from "../planning/planProgramme.ts";
import type { ProgrammeSession } from "../planning/types.ts";
import { BETTER_TOGETHER_TEMPLATE } from "../templates/betterTogether.ts";
import type { ProgrammeTemplate } from "../templates/types.ts";
import { rosterFacilitators } from "./rosterFacilitators.ts";
import type { Facilitator } from "./types.ts";

const base = BETTER_TOGETHER_TEMPLATE.sessions[0]!;

function sessionsFor(
  programmeId: string,
  startTime: string,
  needs: readonly { required: number; quals: readonly string[] }[],
): readonly ProgrammeSession[] {
  const template: ProgrammeTemplate = {
    id: programmeId,
    name: programmeId,
    sessions: needs.map((n) => ({
      ...base,
      facilitatorsRequired: n.required,
      requiredQualifications: n.quals,
    })),
  };
  const result = planProgramme(template, {
    programmeId,
    startDate: "2025-03-03",
    startTime,
    zone: "Europe/London",
  });
  if (!result.success) throw new Error(result.error.message);
  return result.data.sessions;
}

const overlaps = (a: ProgrammeSession, b: ProgrammeSession) => a.start < b.end && b.start < a.end;

function eligible(f: Facilitator, s: ProgrammeSession): boolean {
  return (
    s.content.requiredQualifications.every((q) => f.qualifications.includes(q)) &&
    !(f.unavailable ?? []).some((u) => "date" in u && u.date === s.date)
  );
}

/** Exhaustive search: does any roster satisfy every constraint? */
function bruteForceFeasible(
  sessions: readonly ProgrammeSession[],
  facilitators: readonly Facilitator[],
): boolean {
  const load = new Map<string, number>();
  const chosen: string[][] = [];
  const subsets = (items: string[], k: number): string[][] =>
    k === 0
      ? [[]]
      : items.flatMap((x, i) => subsets(items.slice(i + 1), k - 1).map((rest) => [x, ...rest]));
  const search = (i: number): boolean => {
    const s = sessions[i];
    if (s === undefined) return true;
    const candidates = facilitators.filter((f) => eligible(f, s)).map((f) => f.id);
    for (const pick of subsets(candidates, s.content.facilitatorsRequired)) {
      const ok = pick.every((id) => {
        const f = facilitators.find((x) => x.id === id)!;
        if ((load.get(id) ?? 0) >= (f.maxSessions ?? Infinity)) return false;
        return !sessions.slice(0, i).some((t, j) => overlaps(s, t) && chosen[j]!.includes(id));
      });
      if (!ok) continue;
      for (const id of pick) load.set(id, (load.get(id) ?? 0) + 1);
      chosen[i] = pick;
      if (search(i + 1)) return true;
      for (const id of pick) load.set(id, (load.get(id) ?? 0) - 1);
    }
    return false;
  };
  return search(0);
}

const needArb = fc.record({
  required: fc.integer({ min: 1, max: 2 }),
  quals: fc.subarray(["a", "b"]),
});

const instanceArb = fc
  .record({
    first: fc.array(needArb, { minLength: 1, maxLength: 3 }),
    second: fc.array(needArb, { maxLength: 2 }),
    secondStart: fc.constantFrom("10:00", "11:00", "13:00"),
    facilitators: fc.array(
      fc.record({
        quals: fc.subarray(["a", "b"]),
        off: fc.subarray(["2025-03-03", "2025-03-10", "2025-03-17"]),
        max: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
  })
  .map(({ first, second, secondStart, facilitators }) => ({
    sessions: [
      ...sessionsFor("p", "10:00", first),
      ...(second.length > 0 ? sessionsFor("q", secondStart, second) : []),
    ],
    facilitators: facilitators.map((f, i): Facilitator => ({
      id: `f${i}`,
      name: `F${i}`,
      qualifications: f.quals,
      unavailable: f.off.map((date) => ({ date })),
      ...(f.max === undefined ? {} : { maxSessions: f.max }),
    })),
  }));

describe("rosterFacilitators against exhaustive search", () => {
  it("finds a roster exactly when one exists, and every roster it returns is valid", () => {
    fc.assert(
      fc.property(instanceArb, ({ sessions, facilitators }) => {
        const result = rosterFacilitators(deepFreeze(sessions), deepFreeze(facilitators));
        expect(result.success).toBe(bruteForceFeasible(sessions, facilitators));
        if (!result.success) {
          expect(result.error.code).toBe("unstaffable");
          return;
        }
        const assigned = new Map(
          result.data.assignments.map((a) => [a.sessionId, a.facilitatorIds]),
        );
        for (const s of sessions) {
          const ids = assigned.get(s.id) ?? [];
          expect(new Set(ids).size).toBe(s.content.facilitatorsRequired);
          for (const id of ids)
            expect(
              eligible(
                facilitators.find((f) => f.id === id)!,
                s,
              ),
            ).toBe(true);
          for (const t of sessions)
            if (t !== s && overlaps(s, t))
              expect(ids.filter((id) => assigned.get(t.id)?.includes(id))).toEqual([]);
        }
        for (const f of facilitators)
          expect(result.data.load[f.id] ?? 0).toBeLessThanOrEqual(f.maxSessions ?? Infinity);
      }),
      { numRuns: 300 },
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(instanceArb, ({ sessions, facilitators }) => {
        expect(rosterFacilitators(sessions, facilitators)).toEqual(
          rosterFacilitators(sessions, facilitators),
        );
      }),
      { numRuns: 50 },
    );
  });
});
