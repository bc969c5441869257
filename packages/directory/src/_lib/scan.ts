// Candidate selection through the index, and the linear scan that judges every offer.
import { must } from "./must.ts";
import { boundingBox, haversineKm, nearBox } from "./geo.ts";
import type { IndexInternals } from "./indexInternals.ts";
import { compareEvaluations, evaluate, type Evaluation, type PreparedQuery } from "./evaluate.ts";

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

/** Every offer, in order: the baseline that the index must agree with. */
export function* everyOffer(ix: IndexInternals): Generator<number> {
  for (let i = 0; i < ix.offers.length; i++) yield i;
}
