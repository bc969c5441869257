import { err, ok, type Result } from "@carerkit/core";
import { buildRosterNetwork, type RosterProblem } from "../_lib/roster/buildRosterNetwork.ts";
import { checkFacilitators } from "../_lib/roster/checkFacilitators.ts";
import { checkOptions } from "../_lib/guard/checkOptions.ts";
import { checkSessionsShape } from "../_lib/guard/checkProgrammeShape.ts";
import { checkFacilitatorsShape, checkPreviousShape } from "../_lib/guard/checkRosterShape.ts";
import { returnIssue } from "../_lib/guard/returnIssue.ts";
import { explainUnstaffable } from "../_lib/roster/explainUnstaffable.ts";
import { groupOverlapping } from "../_lib/roster/groupOverlapping.ts";
import { loadOf } from "../_lib/roster/loadOf.ts";
import { preferredFacilitators } from "../_lib/roster/preferredFacilitators.ts";
import { staticExclusions } from "../_lib/roster/staticExclusions.ts";
import type { ProgrammeSession } from "../planning/types.ts";
import type { Facilitator, Roster, RosterAssignment, RosterError } from "./types.ts";

/**
 * Options for {@link rosterFacilitators}.
 *
 * @example
 * const options: RosterOptions = { previous: lastWeeksRoster.assignments };
 */
export interface RosterOptions {
  /** An earlier roster to stay close to: its assignments are kept where still possible. */
  readonly previous?: readonly RosterAssignment[] | undefined;
}

/**
 * Assigns facilitators to sessions, exactly: as a min-cost maximum flow (a bipartite
 * b-matching) from sessions (each needing its template's number of facilitators) through
 * (facilitator, overlapping-time group) nodes of capacity 1, so nobody is double-booked, even
 * across programmes, to facilitators (capacity = their maximum load). Qualifications and
 * availability decide which edges exist. Costs prefer continuity: the facilitators who can
 * cover most of a programme's sessions, and any earlier assignment. When no roster exists it
 * says which sessions cannot be staffed and why, per facilitator.
 *
 * Sessions from several programmes can be rostered together; cancelled sessions are ignored.
 * Sessions that overlap in time are grouped with everything they overlap transitively, which is
 * exact when overlapping sessions share their time slot (the usual case) and conservative for
 * chains of partly overlapping sessions.
 *
 * @param sessions - Planned sessions, from one or more programmes.
 * @param facilitators - Who can run them.
 * @param options - An earlier roster to stay close to.
 * @returns The roster, or `unstaffable` with per-session explanations, or `invalid_input` (a
 *   duplicate facilitator id), `invalid_argument` (a wrongly shaped argument) or `out_of_span`
 *   (a date outside 1900–2200, a session longer than 7 days).
 * @example
 * const result = rosterFacilitators(programme.sessions, [ann, bob, eve]);
 * if (!result.success && result.error.code === "unstaffable")
 *   result.error.sessions[0]?.summary; //=> "Bob: unavailable 12 Mar 2025; Eve: not qualified"
 */
export function rosterFacilitators(
  sessions: readonly ProgrammeSession[],
  facilitators: readonly Facilitator[],
  options: RosterOptions = {},
): Result<Roster, RosterError> {
  const bad = returnIssue(() => {
    checkSessionsShape({ fn: "rosterFacilitators", path: "sessions" }, sessions);
    checkFacilitatorsShape(facilitators);
    checkOptions("rosterFacilitators", options, { previous: "array?" });
    checkPreviousShape(options.previous);
  });
  if (bad !== undefined) return bad;
  const active = sessions.filter((s) => s.status === "scheduled");
  const invalid = checkFacilitators(facilitators);
  if (invalid !== undefined) return invalid;
  const spans = active.map((s) => ({ start: Date.parse(s.start), end: Date.parse(s.end) }));
  const staticReason = staticExclusions(active, facilitators, spans);
  const problem: RosterProblem = {
    active,
    facilitators,
    staticReason,
    groupOf: groupOverlapping(spans),
    preferred: preferredFacilitators(active, facilitators, staticReason),
    kept: new Set(
      (options.previous ?? []).flatMap((a) =>
        a.facilitatorIds.map((f) => `${a.sessionId}\u0000${f}`),
      ),
    ),
  };
  const net = buildRosterNetwork(problem);
  const demand = active.reduce((sum, s) => sum + s.content.facilitatorsRequired, 0);
  const flow = net.network.minCostMaxFlow(net.source, net.sink);
  const assigned = active.map(() => [] as number[]);
  for (const edge of net.choiceEdges)
    if (net.network.flowOf(edge.handle) > 0) assigned[edge.si]?.push(edge.fi);
  if (flow !== demand) return err(explainUnstaffable(problem, net, assigned));
  return ok({
    assignments: active.map((s, si) => ({
      sessionId: s.id,
      facilitatorIds: (assigned[si] ?? [])
        .sort((a, b) => a - b)
        .map((fi) => facilitators[fi]?.id ?? ""),
    })),
    load: loadOf(facilitators, assigned),
  });
}
