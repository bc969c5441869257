import type { ProgrammeSession } from "../../planning/types.ts";
import type { Facilitator } from "../../rostering/types.ts";
import { FlowNetwork } from "../minCostFlow.ts";
import type { StaticExclusion } from "./staticExclusions.ts";

const COST_KEPT = 0;
const COST_PREFERRED = 1;
const COST_OTHER = 3;

type EdgeHandle = ReturnType<FlowNetwork["addEdge"]>;

/** The flow network of a rostering problem and the edges its answer is read from. */
export interface RosterNetwork {
  readonly network: FlowNetwork;
  readonly source: number;
  readonly sink: number;
  readonly sessionNode: (si: number) => number;
  /** source → session si, with capacity its facilitatorsRequired. */
  readonly demandEdges: readonly EdgeHandle[];
  /** session si → facilitator fi's slot in si's time group. */
  readonly choiceEdges: readonly { si: number; fi: number; handle: EdgeHandle }[];
}

/** What the network is built from. */
export interface RosterProblem {
  readonly active: readonly ProgrammeSession[];
  readonly facilitators: readonly Facilitator[];
  readonly staticReason: StaticExclusion;
  readonly groupOf: readonly number[];
  readonly preferred: ReadonlyMap<string, ReadonlySet<number>>;
  /** `${sessionId}\u0000${facilitatorId}` of earlier assignments to keep. */
  readonly kept: ReadonlySet<string>;
}

/**
 * Network: source → session → (facilitator, group) → facilitator → sink. The (facilitator,
 * group) slots have capacity 1, so nobody is double-booked; facilitators' capacity is their
 * maximum load. Choices cost least when kept from an earlier roster, then when preferred.
 */
export function buildRosterNetwork(problem: RosterProblem): RosterNetwork {
  const { active, facilitators, staticReason, groupOf, preferred, kept } = problem;
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
  const choiceEdges: { si: number; fi: number; handle: EdgeHandle }[] = [];
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
  return { network, source, sink, sessionNode, demandEdges, choiceEdges };
}
