// Candidate selection through the index, and the linear scan that judges every offer.
import { must } from "./must.ts";
import { boundingBox, haversineKm, nearBox } from "./geo.ts";
import type { IndexInternals } from "./indexInternals.ts";
import {
  boundEvaluation,
  coarseBound,
  compareEvaluations,
  restMaximum,
  evaluate,
  type Evaluation,
  type PreparedQuery,
} from "./evaluate.ts";

/** Offer indices that can be a match or a near miss, ascending. */
export function candidates(ix: IndexInternals, q: PreparedQuery): number[] {
  const relevant = new Uint8Array(ix.offers.length);
  for (const domain of q.needs) {
    const posting = ix.needPostings.get(domain);
    if (posting !== undefined) for (const i of posting) relevant[i] = 1;
  }
  if (q.point === undefined) {
    const all: number[] = [];
    relevant.forEach((r, i) => {
      if (r === 1) all.push(i);
    });
    return all;
  }
  const pick = new Uint8Array(ix.offers.length);
  // Near misses by distance reach 1.5 × the maximum; evaluate() agrees.
  const reach = q.maxKm * 1.5;
  if (ix.spatial !== undefined) {
    const [minX, minY, maxX, maxY] = boundingBox(q.point, reach);
    for (const k of ix.spatial.range(minX, minY, maxX, maxY)) {
      const i = must(ix.spatialIds[k]);
      if (
        relevant[i] === 1 &&
        haversineKm(q.point, must(must(ix.profiles[i]).point)) <= reach + 0.05
      )
        pick[i] = 1;
    }
  }
  for (const { index, box } of ix.areaBound) {
    if (relevant[index] === 1 && nearBox(box, q.point, reach)) pick[index] = 1;
  }
  const out: number[] = [];
  for (let i = 0; i < pick.length; i++) {
    if (relevant[i] === 1 && (pick[i] === 1 || ix.anywhere[i] === 1 || ix.unlocated[i] === 1))
      out.push(i);
  }
  return out;
}

export interface Judged {
  readonly matches: Evaluation[];
  readonly nearMisses: Evaluation[];
  readonly considered: number;
}

export function judge(ix: IndexInternals, q: PreparedQuery, indices: Iterable<number>): Judged {
  const matches: Evaluation[] = [];
  const nearMisses: Evaluation[] = [];
  let considered = 0;
  for (const i of indices) {
    considered++;
    const e = evaluate(ix, i, q);
    if (e.verdict === "match") matches.push(e);
    else if (e.verdict === "near_miss") nearMisses.push(e);
  }
  const order = (a: Evaluation, b: Evaluation): number => compareEvaluations(ix, a, b);
  matches.sort(order);
  nearMisses.sort(order);
  return { matches, nearMisses, considered };
}

/** The `k`-th best total so far, or -Infinity while fewer than `k` are known. */
function kthTotal(list: readonly Evaluation[], k: number): number {
  if (k === 0) return Number.POSITIVE_INFINITY;
  if (list.length < k) return Number.NEGATIVE_INFINITY;
  return [...list].sort((a, b) => b.total - a.total)[k - 1]?.total ?? Number.NEGATIVE_INFINITY;
}

/**
 * Like {@link judge}, but only the best `limit` matches and `nearMissLimit` near misses are
 * needed: candidates are taken in order of an upper bound on their score, and one whose bound
 * is below the k-th total already found in every list it could enter is not judged. Offers
 * that already fail two hard criteria cannot be a match or a near miss and are not judged.
 * The first `limit`/`nearMissLimit` entries equal judge()'s.
 */
export function judgeBest(
  ix: IndexInternals,
  q: PreparedQuery,
  want: {
    readonly indices: readonly number[];
    readonly limit: number;
    readonly nearMissLimit: number;
  },
): Judged {
  // Two bounds: a coarse one (needs and distance exact) orders the candidates; the finer one
  // (everything but availability exact) is computed only for those the coarse one keeps.
  const rest = restMaximum(q);
  const coarse = want.indices
    .map((i) => ({ i, bound: coarseBound(ix, q, { index: i, rest }) }))
    .sort((a, b) => b.bound - a.bound || a.i - b.i);
  const matches: Evaluation[] = [];
  const nearMisses: Evaluation[] = [];
  let considered = 0;
  let matchFloor = kthTotal(matches, want.limit);
  let nearFloor = kthTotal(nearMisses, want.nearMissLimit);
  for (const c of coarse) {
    if (c.bound < Math.min(matchFloor, nearFloor)) break; // bounds only fall from here
    const b = boundEvaluation(ix, c.i, q);
    if (!b.needsMet || b.fails >= 2) continue; // out, whatever availability says
    const couldMatch = b.fails === 0 && b.bound >= matchFloor;
    const couldNear = b.bound >= nearFloor;
    if (!couldMatch && !couldNear) continue;
    considered++;
    const e = evaluate(ix, c.i, q);
    if (e.verdict === "match") {
      matches.push(e);
      matchFloor = kthTotal(matches, want.limit);
    } else if (e.verdict === "near_miss") {
      nearMisses.push(e);
      nearFloor = kthTotal(nearMisses, want.nearMissLimit);
    }
  }
  const order = (a: Evaluation, b: Evaluation): number => compareEvaluations(ix, a, b);
  matches.sort(order);
  nearMisses.sort(order);
  return { matches, nearMisses, considered };
}

/** Every offer, in order: the baseline that the index must agree with. */
export function* everyOffer(ix: IndexInternals): Generator<number> {
  for (let i = 0; i < ix.offers.length; i++) yield i;
}
