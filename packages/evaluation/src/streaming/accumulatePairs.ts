import { checkArgument, invalidArgument } from "@carerkit/core";
import { checkPairedState } from "../_lib/checkStates.ts";

/**
 * The mergeable state of paired pre/post data: Welford moments of pre, post and the
 * differences, the pre–post co-moment, counts of positive, zero and negative differences and,
 * while every difference is an integer, a histogram of the differences (difference → count),
 * which is sufficient for the Wilcoxon signed-rank test. JSON-serialisable.
 *
 * @example
 * const state: PairedSummaryState = accumulatePairs([40, 42], [44, 41]);
 */
export interface PairedSummaryState {
  /** State format version. */
  readonly version: 1;
  /** Number of pairs. */
  readonly n: number;
  /** Mean of pre. */
  readonly preMean: number;
  /** M2 of pre. */
  readonly preM2: number;
  /** Mean of post. */
  readonly postMean: number;
  /** M2 of post. */
  readonly postM2: number;
  /** Co-moment Σ(pre − mean_pre)(post − mean_post). */
  readonly coMoment: number;
  /** Mean of post − pre. */
  readonly differenceMean: number;
  /** M2 of post − pre. */
  readonly differenceM2: number;
  /** Number of positive differences. */
  readonly positive: number;
  /** Number of zero differences. */
  readonly zero: number;
  /** Number of negative differences. */
  readonly negative: number;
  /** Integer difference (as a string key) → count; `null` once a difference is not an integer. */
  readonly differenceCounts: Readonly<Record<string, number>> | null;
}

/** An empty paired state. */
const EMPTY: PairedSummaryState = {
  version: 1,
  n: 0,
  preMean: 0,
  preM2: 0,
  postMean: 0,
  postM2: 0,
  coMoment: 0,
  differenceMean: 0,
  differenceM2: 0,
  positive: 0,
  zero: 0,
  negative: 0,
  differenceCounts: {},
};

/**
 * Adds pairs to a paired summary state (or starts one) in one pass, without changing the given
 * state: Welford updates for pre, post and post − pre and the co-moment update
 * C += (x − mean_x,old)(y − mean_y,new). Finish with {@link finalisePairedSummary}; combine
 * partitions with {@link mergePairedSummaries}.
 *
 * @param pre - Scores before (finite numbers; pairs with a missing value must be left out).
 * @param post - Scores after, in the same order and of the same length.
 * @param state - The state so far (default: empty).
 * @returns The new state.
 * @throws CarerKitError `invalid_argument` when `pre` or `post` is not an array of finite numbers
 *   (missing values are refused, not skipped), they differ in length, or `state` is not a state.
 * @example
 * const siteA = accumulatePairs([40, 42, 38], [44, 47, 40]);
 * const siteB = accumulatePairs([45, 41], [49, 46]);
 * const all = mergePairedSummaries(siteA, siteB);
 */
export function accumulatePairs(
  pre: readonly number[],
  post: readonly number[],
  state: PairedSummaryState = EMPTY,
): PairedSummaryState {
  checkArgument("accumulatePairs", { pre }, "array");
  checkArgument("accumulatePairs", { post }, "array");
  if (pre.length !== post.length) {
    throw invalidArgument("accumulatePairs", { post }, "an array as long as pre");
  }
  for (let i = 0; i < pre.length; i++) {
    checkArgument("accumulatePairs", { [`pre[${i}]`]: pre[i] }, "finite number");
    checkArgument("accumulatePairs", { [`post[${i}]`]: post[i] }, "finite number");
  }
  checkPairedState("accumulatePairs", "state", state);
  let { n, preMean, preM2, postMean, postM2, coMoment, differenceMean, differenceM2 } = state;
  let { positive, zero, negative } = state;
  let counts: Record<string, number> | null =
    state.differenceCounts === null ? null : { ...state.differenceCounts };
  const length = Math.min(pre.length, post.length);
  for (let i = 0; i < length; i++) {
    const x = pre[i] ?? Number.NaN;
    const y = post[i] ?? Number.NaN;
    n += 1;
    const dx = x - preMean;
    preMean += dx / n;
    preM2 += dx * (x - preMean);
    const dy = y - postMean;
    postMean += dy / n;
    const dyNew = y - postMean;
    postM2 += dy * dyNew;
    coMoment += dx * dyNew;
    const d = y - x;
    const dd = d - differenceMean;
    differenceMean += dd / n;
    differenceM2 += dd * (d - differenceMean);
    if (d > 0) positive += 1;
    else if (d < 0) negative += 1;
    else zero += 1;
    if (counts !== null) {
      if (Number.isInteger(d)) {
        const key = String(d);
        counts[key] = (counts[key] ?? 0) + 1;
      } else counts = null;
    }
  }
  return {
    version: 1,
    n,
    preMean,
    preM2,
    postMean,
    postM2,
    coMoment,
    differenceMean,
    differenceM2,
    positive,
    zero,
    negative,
    differenceCounts: counts,
  };
}
