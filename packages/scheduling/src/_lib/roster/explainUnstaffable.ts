import type {
  Facilitator,
  FacilitatorExclusion,
  RosterInfeasibility,
  UnstaffableSession,
} from "../../rostering/types.ts";
import { humanDate } from "../localTime.ts";
import type { RosterNetwork, RosterProblem } from "./buildRosterNetwork.ts";

/** Why facilitator fi, not assigned to session si, could not take it. */
function exclusionOf(
  problem: RosterProblem,
  at: { readonly si: number; readonly fi: number; readonly f: Facilitator },
  assigned: readonly (readonly number[])[],
): FacilitatorExclusion {
  const { active, groupOf } = problem;
  const { si, fi, f } = at;
  const fixed = problem.staticReason(fi, si);
  if (fixed !== undefined) return fixed;
  const clash = active.findIndex(
    (_, sj) => sj !== si && groupOf[sj] === groupOf[si] && assigned[sj]?.includes(fi) === true,
  );
  if (clash >= 0)
    return {
      facilitatorId: f.id,
      name: f.name,
      reason: "double_booked",
      detail: `needed for ${active[clash]?.id ?? ""} at the same time`,
    };
  return {
    facilitatorId: f.id,
    name: f.name,
    reason: "max_load",
    detail: `at maximum load (${f.maxSessions ?? active.length} sessions)`,
  };
}

/** Every session that got fewer facilitators than it needs, with why each other one could not. */
function unstaffableSessions(
  problem: RosterProblem,
  net: RosterNetwork,
  assigned: readonly (readonly number[])[],
): UnstaffableSession[] {
  const unstaffable: UnstaffableSession[] = [];
  problem.active.forEach((s, si) => {
    const got = net.network.flowOf(net.demandEdges[si] ?? { from: 0, index: 0 });
    if (got >= s.content.facilitatorsRequired) return;
    const exclusions: FacilitatorExclusion[] = [];
    problem.facilitators.forEach((f, fi) => {
      if (assigned[si]?.includes(fi) === true) return;
      exclusions.push(exclusionOf(problem, { si, fi, f }, assigned));
    });
    unstaffable.push({
      sessionId: s.id,
      date: s.date,
      needed: s.content.facilitatorsRequired,
      possible: got,
      exclusions,
      summary: exclusions.map((e) => `${e.name}: ${e.detail}`).join("; "),
    });
  });
  return unstaffable;
}

/**
 * Explains a roster that cannot be completed: every short session, and the min-cut bottleneck
 * (the sessions still reachable from the source, their demand, what flowed, who could help).
 */
export function explainUnstaffable(
  problem: RosterProblem,
  net: RosterNetwork,
  assigned: readonly (readonly number[])[],
): RosterInfeasibility {
  const { active, facilitators, staticReason } = problem;
  const { network, demandEdges } = net;
  const unstaffable = unstaffableSessions(problem, net, assigned);
  const reachable = network.reachableFrom(net.source);
  const cutSessions = active.map((_, si) => si).filter((si) => reachable.has(net.sessionNode(si)));
  const candidateIds = facilitators
    .filter((_, fi) => cutSessions.some((si) => staticReason(fi, si) === undefined))
    .map((f) => f.id);
  const cutDemand = cutSessions.reduce(
    (sum, si) => sum + (active[si]?.content.facilitatorsRequired ?? 0),
    0,
  );
  const cutSupply = cutSessions.reduce(
    (sum, si) => sum + network.flowOf(demandEdges[si] ?? { from: 0, index: 0 }),
    0,
  );
  return {
    code: "unstaffable",
    message: `Cannot staff ${unstaffable.map((u) => u.sessionId).join(", ")}: ${unstaffable
      .map(
        (u) =>
          `${u.sessionId} (${humanDate(u.date)}) needs ${u.needed}, at most ${u.possible} possible: ${u.summary}`,
      )
      .join(" | ")}`,
    path: ["sessions"],
    sessions: unstaffable,
    bottleneck: {
      sessionIds: cutSessions.map((si) => active[si]?.id ?? ""),
      demand: cutDemand,
      supply: cutSupply,
      candidateIds,
    },
  };
}
