import { checkArgument } from "@carerkit/core";
import { checkMomentsState } from "../_lib/checkStates.ts";

/**
 * The mergeable state of Welford's algorithm: count, mean and M2 (the sum of squared
 * deviations from the mean). JSON-serialisable, with a version tag.
 *
 * @example
 * const state: MomentsState = { version: 1, n: 3, mean: 2, m2: 2 };
 */
export interface MomentsState {
  /** State format version. */
  readonly version: 1;
  /** Number of values. */
  readonly n: number;
  /** Running mean. */
  readonly mean: number;
  /** Sum of squared deviations from the mean; the sample variance is m2 / (n − 1). */
  readonly m2: number;
}

/**
 * Adds values to a Welford state (or starts one), without changing the given state. Sites or
 * worker threads each accumulate their share and {@link mergeMoments} the results.
 *
 * @param values - Finite numbers to add.
 * @param state - The state so far (default: empty).
 * @returns The new state.
 * @example
 * const a = accumulateMoments([1, 2, 3]);
 * const b = accumulateMoments([4, 5], a); // same as accumulateMoments([1, 2, 3, 4, 5])
 */
export function accumulateMoments(
  values: readonly number[],
  state: MomentsState = { version: 1, n: 0, mean: 0, m2: 0 },
): MomentsState {
  checkArgument("accumulateMoments", { values }, "array");
  for (let i = 0; i < values.length; i++) {
    checkArgument("accumulateMoments", { [`values[${i}]`]: values[i] }, "finite number");
  }
  checkMomentsState("accumulateMoments", "state", state);
  let { n, mean, m2 } = state;
  for (const x of values) {
    n += 1;
    const delta = x - mean;
    mean += delta / n;
    m2 += delta * (x - mean);
  }
  return { version: 1, n, mean, m2 };
}
