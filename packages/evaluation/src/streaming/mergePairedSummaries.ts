import { checkPairedState } from "../_lib/checkStates.ts";
import type { PairedSummaryState } from "./accumulatePairs.ts";

/**
 * Merges two paired summary states: Chan et al. (1979) for each mean and M2, the co-moment
 * merge C = C_a + C_b + δ_pre·δ_post·n_a·n_b/n, and the sum of the counts and histograms.
 * Merging any partition of the pairs gives the one-pass state up to rounding (tested to 1e-9).
 *
 * @param a - One partial state.
 * @param b - Another partial state.
 * @returns The state of the union.
 * @example
 * const all = mergePairedSummaries(accumulatePairs([40], [44]), accumulatePairs([42], [41]));
 * all.n; //=> 2
 */
export function mergePairedSummaries(
  a: PairedSummaryState,
  b: PairedSummaryState,
): PairedSummaryState {
  checkPairedState("mergePairedSummaries", "a", a);
  checkPairedState("mergePairedSummaries", "b", b);
  if (b.n === 0) return { ...a, differenceCounts: mergeCounts(a, b) };
  if (a.n === 0) return { ...b, differenceCounts: mergeCounts(a, b) };
  const n = a.n + b.n;
  const w = (a.n * b.n) / n;
  const dPre = b.preMean - a.preMean;
  const dPost = b.postMean - a.postMean;
  const dDiff = b.differenceMean - a.differenceMean;
  return {
    version: 1,
    n,
    preMean: a.preMean + (dPre * b.n) / n,
    preM2: a.preM2 + b.preM2 + dPre * dPre * w,
    postMean: a.postMean + (dPost * b.n) / n,
    postM2: a.postM2 + b.postM2 + dPost * dPost * w,
    coMoment: a.coMoment + b.coMoment + dPre * dPost * w,
    differenceMean: a.differenceMean + (dDiff * b.n) / n,
    differenceM2: a.differenceM2 + b.differenceM2 + dDiff * dDiff * w,
    positive: a.positive + b.positive,
    zero: a.zero + b.zero,
    negative: a.negative + b.negative,
    differenceCounts: mergeCounts(a, b),
  };
}

function mergeCounts(a: PairedSummaryState, b: PairedSummaryState): Record<string, number> | null {
  if (a.differenceCounts === null || b.differenceCounts === null) return null;
  const out: Record<string, number> = { ...a.differenceCounts };
  for (const [key, count] of Object.entries(b.differenceCounts)) out[key] = (out[key] ?? 0) + count;
  return out;
}
