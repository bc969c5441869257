// Judging candidates best bound first (the indexed path), and the linear scan that judges every
// offer (the baseline and the oracle the index must agree with).
import { keyBound, keyIndex, rankedCandidates } from "./candidates.ts";
import type { IndexInternals } from "./indexInternals.ts";
import {
  boundEvaluation,
  compareEvaluations,
  restMaximum,
  evaluate,
  type Evaluation,
  type PreparedQuery,
} from "./evaluate.ts";

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
 * Like {@link judge} over the index's candidates, but only the best `limit` matches and
 * `nearMissLimit` near misses are needed: candidates are taken in order of an upper bound on
 * their score (see rankedCandidates), and one whose bound is below the k-th total already found
 * in every list it could enter is not judged. Offers that already fail two hard criteria cannot
 * be a match or a near miss and are not judged. The first `limit`/`nearMissLimit` entries equal
 * judge()'s over every offer.
 */
export function judgeBest(
  ix: IndexInternals,
  q: PreparedQuery,
  want: { readonly limit: number; readonly nearMissLimit: number },
): Judged {
  // Two bounds: a cheap one from the index orders the candidates; the finer one (everything
  // but availability exact) is computed only for those the cheap one keeps.
  const ranked = rankedCandidates(ix, q, restMaximum(q));
  const matches: Evaluation[] = [];
  const nearMisses: Evaluation[] = [];
  let considered = 0;
  let matchFloor = kthTotal(matches, want.limit);
  let nearFloor = kthTotal(nearMisses, want.nearMissLimit);
  for (const key of ranked) {
    if (keyBound(key) < Math.min(matchFloor, nearFloor)) break; // bounds only fall from here
    const i = keyIndex(key);
    const b = boundEvaluation(ix, i, q);
    if (!b.needsMet || b.fails >= 2) continue; // out, whatever availability says
    const couldMatch = b.fails === 0 && b.bound >= matchFloor;
    const couldNear = b.bound >= nearFloor;
    if (!couldMatch && !couldNear) continue;
    considered++;
    const e = evaluate(ix, i, q);
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
