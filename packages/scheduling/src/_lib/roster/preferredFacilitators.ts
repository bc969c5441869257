import type { ProgrammeSession } from "../../planning/types.ts";
import type { Facilitator } from "../../rostering/types.ts";
import type { StaticExclusion } from "./staticExclusions.ts";

/**
 * Continuity: per programme, the facilitators who could take most of its sessions, as many as
 * its sessions need at most.
 */
export function preferredFacilitators(
  active: readonly ProgrammeSession[],
  facilitators: readonly Facilitator[],
  staticReason: StaticExclusion,
): Map<string, ReadonlySet<number>> {
  const preferred = new Map<string, ReadonlySet<number>>();
  const byProgramme = new Map<string, { s: ProgrammeSession; i: number }[]>();
  active.forEach((s, i) => {
    const members = byProgramme.get(s.programmeId) ?? [];
    members.push({ s, i });
    byProgramme.set(s.programmeId, members);
  });
  for (const [programmeId, members] of byProgramme) {
    const need = Math.max(0, ...members.map(({ s }) => s.content.facilitatorsRequired));
    const ranked = facilitators
      .map((_, fi) => ({
        fi,
        count: members.filter(({ i }) => staticReason(fi, i) === undefined).length,
      }))
      .filter((r) => r.count > 0)
      .sort((a, b) => b.count - a.count || a.fi - b.fi)
      .slice(0, need);
    preferred.set(programmeId, new Set(ranked.map((r) => r.fi)));
  }
  return preferred;
}
