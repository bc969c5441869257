import { checkMomentsState } from "../_lib/checkStates.ts";
import type { MomentsState } from "./accumulateMoments.ts";

/**
 * Merges two Welford states with the parallel formula of Chan, Golub & LeVeque (1979):
 * δ = mean_b − mean_a, n = n_a + n_b, mean = mean_a + δ·n_b/n, M2 = M2_a + M2_b + δ²·n_a·n_b/n.
 * Associative and commutative (up to rounding), so partitions can merge in any order.
 *
 * @param a - One partial state.
 * @param b - Another partial state.
 * @returns The state of the union of both partitions.
 * @example
 * const merged = mergeMoments(accumulateMoments([1, 2]), accumulateMoments([3, 4, 5]));
 * merged.mean; //=> 3
 */
export function mergeMoments(a: MomentsState, b: MomentsState): MomentsState {
  checkMomentsState("mergeMoments", "a", a);
  checkMomentsState("mergeMoments", "b", b);
  if (a.n === 0) return { ...b };
  if (b.n === 0) return { ...a };
  const n = a.n + b.n;
  const delta = b.mean - a.mean;
  return {
    version: 1,
    n,
    mean: a.mean + (delta * b.n) / n,
    m2: a.m2 + b.m2 + (delta * delta * a.n * b.n) / n,
  };
}
