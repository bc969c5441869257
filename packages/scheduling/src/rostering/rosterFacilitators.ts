import { err, ok, type Result } from "@carerkit/core";
import { fail } from "../_lib/issue.ts";
import { humanDate } from "../_lib/localTime.ts";
import { FlowNetwork } from "../_lib/minCostFlow.ts";
import type { ProgrammeSession } from "../planning/types.ts";
import type {
  Facilitator,
  FacilitatorExclusion,
  Roster,
  RosterAssignment,
  RosterError,
  RosterInfeasibility,
  UnstaffableSession,
} from "./types.ts";

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

interface Span {
  readonly start: number;
  readonly end: number;
}

const COST_KEPT = 0;
const COST_PREFERRED = 1;
const COST_OTHER = 3;

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
 * @returns The roster, or `unstaffable` with per-session explanations, or `invalid_input`.
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
  const active = sessions.filter((s) => s.status === "scheduled");
  const ids = new Set<string>();
  for (const [index, f] of facilitators.entries()) {
    if (ids.has(f.id))
      return fail("invalid_input", `facilitators[${index}].id: duplicate id "${f.id}"`, [
        "facilitators",
        index,
        "id",
      ]);
    ids.add(f.id);
    if (f.maxSessions !== undefined && (!Number.isInteger(f.maxSessions) || f.maxSessions < 0))
      return fail(
        "invalid_input",
        `facilitators[${index}].maxSessions: expected a whole number ≥ 0, got ${f.maxSessions}`,
        ["facilitators", index, "maxSessions"],
      );
  }
  const spans = active.map((s) => ({ start: Date.parse(s.start), end: Date.parse(s.end) }));
  const unavailable = facilitators.map((f) =>
    (f.unavailable ?? []).map((u) =>
      "date" in u
        ? { date: u.date, span: undefined, reason: u.reason }
        : {
            date: undefined,
            span: { start: Date.parse(u.start), end: Date.parse(u.end) },
            reason: u.reason,
          },
    ),
  );

  // Static exclusions: qualifications and availability.
  const staticReason = (fi: number, si: number): FacilitatorExclusion | undefined => {
    const f = facilitators[fi];
    const s = active[si];
    const span = spans[si];
    if (f === undefined || s === undefined || span === undefined) return undefined;
    const missing = s.content.requiredQualifications.filter((q) => !f.qualifications.includes(q));
    if (missing.length > 0)
      return {
        facilitatorId: f.id,
        name: f.name,
        reason: "not_qualified",
        detail: "not qualified",
      };
    for (const u of unavailable[fi] ?? []) {
      const clash = u.span === undefined ? u.date === s.date : overlaps(span, u.span);
      if (clash)
        return {
          facilitatorId: f.id,
          name: f.name,
          reason: "unavailable",
          detail: `unavailable ${humanDate(s.date)}${u.reason === undefined ? "" : ` (${u.reason})`}`,
        };
    }
    return undefined;
  };

  // Groups of sessions overlapping in time (transitively), by sweep over start times.
  const order = active
    .map((_, i) => i)
    .sort((a, b) => (spans[a]?.start ?? 0) - (spans[b]?.start ?? 0) || a - b);
  const groupOf = new Array<number>(active.length).fill(0);
  let groups = 0;
  let groupEnd = Number.NEGATIVE_INFINITY;
  for (const i of order) {
    const span = spans[i];
    if (span === undefined) continue;
    if (span.start >= groupEnd) groups += 1;
    groupEnd = span.start >= groupEnd ? span.end : Math.max(groupEnd, span.end);
    groupOf[i] = groups - 1;
  }

  // Continuity: per programme, rank facilitators by how many of its sessions they could take.
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
  const kept = new Set(
    (options.previous ?? []).flatMap((a) =>
      a.facilitatorIds.map((f) => `${a.sessionId}\u0000${f}`),
    ),
  );

  // Network: source → session → (facilitator, group) → facilitator → sink.
  const S = active.length;
  const F = facilitators.length;
  const source = 0;
  const sink = 1;
  const sessionNode = (si: number) => 2 + si;
  const facilitatorNode = (fi: number) => 2 + S + fi;
  const slotNodes = new Map<string, number>();
  let nextNode = 2 + S + F;
  const slotNode = (fi: number, group: number): number => {
    const key = `${fi}:${group}`;
    let node = slotNodes.get(key);
    if (node === undefined) {
      node = nextNode++;
      slotNodes.set(key, node);
    }
    return node;
  };
  // Count nodes first so the network can be sized.
  for (let si = 0; si < S; si++)
    for (let fi = 0; fi < F; fi++)
      if (staticReason(fi, si) === undefined) slotNode(fi, groupOf[si] ?? 0);
  const network = new FlowNetwork(nextNode);
  const demandEdges = active.map((s, si) =>
    network.addEdge(source, sessionNode(si), { cap: s.content.facilitatorsRequired }),
  );
  const choiceEdges: { si: number; fi: number; handle: { from: number; index: number } }[] = [];
  for (let si = 0; si < S; si++) {
    const s = active[si];
    if (s === undefined) continue;
    for (let fi = 0; fi < F; fi++) {
      if (staticReason(fi, si) !== undefined) continue;
      const f = facilitators[fi];
      const cost = kept.has(`${s.id}\u0000${f?.id ?? ""}`)
        ? COST_KEPT
        : preferred.get(s.programmeId)?.has(fi) === true
          ? COST_PREFERRED
          : COST_OTHER;
      choiceEdges.push({
        si,
        fi,
        handle: network.addEdge(sessionNode(si), slotNode(fi, groupOf[si] ?? 0), { cap: 1, cost }),
      });
    }
  }
  for (const [key, node] of slotNodes)
    network.addEdge(node, facilitatorNode(Number(key.split(":")[0])), { cap: 1 });
  facilitators.forEach((f, fi) =>
    network.addEdge(facilitatorNode(fi), sink, { cap: f.maxSessions ?? S }),
  );

  const demand = active.reduce((sum, s) => sum + s.content.facilitatorsRequired, 0);
  const flow = network.minCostMaxFlow(source, sink);
  const assigned = active.map(() => [] as number[]);
  for (const edge of choiceEdges)
    if (network.flowOf(edge.handle) > 0) assigned[edge.si]?.push(edge.fi);
  const load: Record<string, number> = {};
  for (const f of facilitators) load[f.id] = 0;
  for (const list of assigned)
    for (const fi of list) {
      const id = facilitators[fi]?.id ?? "";
      load[id] = (load[id] ?? 0) + 1;
    }

  if (flow === demand) {
    return ok({
      assignments: active.map((s, si) => ({
        sessionId: s.id,
        facilitatorIds: (assigned[si] ?? [])
          .sort((a, b) => a - b)
          .map((fi) => facilitators[fi]?.id ?? ""),
      })),
      load,
    });
  }

  // Explain: every short session, and the min-cut bottleneck.
  const unstaffable: UnstaffableSession[] = [];
  active.forEach((s, si) => {
    const got = network.flowOf(demandEdges[si] ?? { from: 0, index: 0 });
    if (got >= s.content.facilitatorsRequired) return;
    const exclusions: FacilitatorExclusion[] = [];
    facilitators.forEach((f, fi) => {
      if (assigned[si]?.includes(fi) === true) return;
      const fixed = staticReason(fi, si);
      if (fixed !== undefined) return exclusions.push(fixed);
      const clash = active.findIndex(
        (_, sj) => sj !== si && groupOf[sj] === groupOf[si] && assigned[sj]?.includes(fi) === true,
      );
      if (clash >= 0)
        return exclusions.push({
          facilitatorId: f.id,
          name: f.name,
          reason: "double_booked",
          detail: `needed for ${active[clash]?.id ?? ""} at the same time`,
        });
      return exclusions.push({
        facilitatorId: f.id,
        name: f.name,
        reason: "max_load",
        detail: `at maximum load (${f.maxSessions ?? S} sessions)`,
      });
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
  const reachable = network.reachableFrom(source);
  const cutSessions = active.map((_, si) => si).filter((si) => reachable.has(sessionNode(si)));
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
  const infeasibility: RosterInfeasibility = {
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
  return err(infeasibility);
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
