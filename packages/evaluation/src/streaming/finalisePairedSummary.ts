import { checkArgument, err, type Result } from "@carerkit/core";
import { argumentIssue } from "../_lib/argumentIssue.ts";
import { checkPairedState } from "../_lib/checkStates.ts";
import type { EvaluationIssue } from "../evaluationIssue.ts";
import { checkConfidenceLevel } from "../_lib/checks.ts";
import { pairedStatisticsFrom, type PairedStatistics } from "../_lib/pairedCore.ts";
import type { PairedSummaryState } from "./accumulatePairs.ts";
import type { EffectSizeInterval } from "../types.ts";

/** Options for {@link finalisePairedSummary}. */
export interface FinalisePairedOptions {
  /** Confidence level (default 0.95). */
  readonly confidenceLevel?: number | undefined;
  /** Interval method for d_z (default `"noncentral-t"`; `"wald"`); d_av and g_av are Wald. */
  readonly ci?: EffectSizeInterval | undefined;
}

/**
 * Turns a (merged) paired summary state into the same statistics {@link summarisePairedOutcomes}
 * reports: means, SDs, correlation, mean difference with CI, paired t-test, effect sizes and,
 * when every difference was an integer, the Wilcoxon signed-rank test from the histogram.
 *
 * @param state - A state from {@link accumulatePairs} or {@link mergePairedSummaries}.
 * @param options - Confidence level and effect-size interval method.
 * @returns The statistics, or an issue when there are fewer than 2 pairs or no variance.
 * @example
 * const result = finalisePairedSummary(accumulatePairs([40, 42, 38, 45], [44, 47, 40, 49]));
 * if (result.success) result.data.tTest.statistic.value;
 */
export function finalisePairedSummary(
  state: PairedSummaryState,
  options: FinalisePairedOptions = {},
): Result<PairedStatistics, EvaluationIssue> {
  const shape = argumentIssue(() => {
    checkPairedState("finalisePairedSummary", "state", state);
    checkArgument("finalisePairedSummary", { options }, "plain object");
  });
  if (shape) return err(shape);
  const level = options.confidenceLevel ?? 0.95;
  const problem = checkConfidenceLevel(level);
  if (problem) return err(problem);
  const { n } = state;
  const sd = (m2: number): number => Math.sqrt(m2 / (n - 1));
  const counts =
    state.differenceCounts === null
      ? undefined
      : new Map(Object.entries(state.differenceCounts).map(([k, v]) => [Number(k), v]));
  return pairedStatisticsFrom(
    {
      n,
      preMean: state.preMean,
      preSd: sd(state.preM2),
      postMean: state.postMean,
      postSd: sd(state.postM2),
      correlation: state.coMoment / Math.sqrt(state.preM2 * state.postM2),
      differenceMean: state.differenceMean,
      differenceSd: sd(state.differenceM2),
      differenceCounts: counts,
    },
    { level, ci: options.ci ?? "noncentral-t" },
  );
}
