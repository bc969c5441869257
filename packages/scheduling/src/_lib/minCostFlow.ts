// A small min-cost max-flow (successive shortest paths with SPFA). Exact for integer
// capacities; used by the roster, where the flow network is a bipartite b-matching.

interface Edge {
  readonly to: number;
  cap: number;
  readonly cost: number;
  flow: number;
  readonly rev: number;
}

/** A flow network with integer capacities and costs. */
export class FlowNetwork {
  readonly edges: Edge[][];

  constructor(nodes: number) {
    this.edges = Array.from({ length: nodes }, () => []);
  }

  /** Adds an edge and its residual twin; returns a handle to read its flow later. */
  addEdge(
    from: number,
    to: number,
    { cap, cost = 0 }: { cap: number; cost?: number },
  ): { from: number; index: number } {
    const out = this.edges[from];
    const back = this.edges[to];
    if (out === undefined || back === undefined) throw new RangeError("node out of range");
    out.push({ to, cap, cost, flow: 0, rev: back.length });
    back.push({ to: from, cap: 0, cost: -cost, flow: 0, rev: out.length - 1 });
    return { from, index: out.length - 1 };
  }

  /** The flow through an edge added with {@link FlowNetwork.addEdge}. */
  flowOf(handle: { from: number; index: number }): number {
    return this.edges[handle.from]?.[handle.index]?.flow ?? 0;
  }

  /** Pushes as much flow as possible from `source` to `sink` at least total cost. */
  minCostMaxFlow(source: number, sink: number): number {
    const n = this.edges.length;
    let total = 0;
    for (;;) {
      const dist = new Array<number>(n).fill(Number.POSITIVE_INFINITY);
      const inQueue = new Array<boolean>(n).fill(false);
      const prevNode = new Array<number>(n).fill(-1);
      const prevEdge = new Array<number>(n).fill(-1);
      dist[source] = 0;
      const queue = [source];
      inQueue[source] = true;
      // The queue grows while it is walked; for-of visits the new entries too.
      for (const u of queue) {
        inQueue[u] = false;
        const du = dist[u] ?? Number.POSITIVE_INFINITY;
        const out = this.edges[u] ?? [];
        for (let i = 0; i < out.length; i++) {
          const e = out[i];
          if (e === undefined || e.cap - e.flow <= 0) continue;
          const nd = du + e.cost;
          if (nd < (dist[e.to] ?? Number.POSITIVE_INFINITY)) {
            dist[e.to] = nd;
            prevNode[e.to] = u;
            prevEdge[e.to] = i;
            if (!inQueue[e.to]) {
              inQueue[e.to] = true;
              queue.push(e.to);
            }
          }
        }
      }
      if (dist[sink] === Number.POSITIVE_INFINITY) return total;
      let push = Number.POSITIVE_INFINITY;
      for (let v = sink; v !== source; v = prevNode[v] ?? source) {
        const e = this.edges[prevNode[v] ?? 0]?.[prevEdge[v] ?? 0];
        if (e !== undefined) push = Math.min(push, e.cap - e.flow);
      }
      for (let v = sink; v !== source; v = prevNode[v] ?? source) {
        const e = this.edges[prevNode[v] ?? 0]?.[prevEdge[v] ?? 0];
        if (e === undefined) continue;
        e.flow += push;
        const twin = this.edges[e.to]?.[e.rev];
        if (twin !== undefined) twin.flow -= push;
      }
      total += push;
    }
  }

  /** Nodes reachable from `source` through edges with spare capacity (the source side of a min cut). */
  reachableFrom(source: number): ReadonlySet<number> {
    const seen = new Set([source]);
    const stack = [source];
    while (stack.length > 0) {
      const u = stack.pop() ?? source;
      for (const e of this.edges[u] ?? []) {
        if (e.cap - e.flow > 0 && !seen.has(e.to)) {
          seen.add(e.to);
          stack.push(e.to);
        }
      }
    }
    return seen;
  }
}
