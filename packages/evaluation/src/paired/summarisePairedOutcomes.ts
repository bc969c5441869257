import { err, ok, type Result } from "@carerkit/core";
import type { EvaluationIssue } from "../evaluationIssue.ts";
import type { EffectSizeInterval, ScoreDirection } from "../types.ts";
import { checkConfidenceLevel, checkPairs } from "../_lib/checks.ts";
import { correlationOf, differences, meanSd } from "../_lib/moments.ts";
import { pairedStatisticsFrom, type PairedStatistics } from "../_lib/pairedCore.ts";
import { countsOf } from "../_lib/signedRank.ts";
import { countChangeDirections, type ChangeDirections } from "./countChangeDirections.ts";
import {
  classifyReliableChange,
  type ClinicalNorms,
  type ReliableChangeSummary,
} from "./classifyReliableChange.ts";

export type { PairedStatistics };

/** Options for {@link summarisePairedOutcomes}. */
export interface PairedOutcomeOptions {
  /** Which way is better (default `"higher-is-better"`). */
  readonly direction?: ScoreDirection | undefined;
  /** Confidence level for every interval (default 0.95). */
  readonly confidenceLevel?: number | undefined;
  /** Interval method for d_z (default `"noncentral-t"`; `"wald"`); d_av and g_av are Wald. */
  readonly ci?: EffectSizeInterval | undefined;
  /** Minimal important change in score points, e.g. 3 for WEMWBS. */
  readonly minimalImportantChange?: number | undefined;
  /** Reliability for Jacobson–Truax reliable change; without it no reliable change is computed. */
  readonly reliability?: number | undefined;
  /** SD for the standard error of measurement (default the sample SD of pre). */
  readonly sdPre?: number | undefined;
  /** Clinical cut-off score, given directly. */
  readonly cutoff?: number | undefined;
  /** Norms from which to compute the clinical cut-off. */
  readonly norms?: ClinicalNorms | undefined;
}

/** Everything {@link summarisePairedOutcomes} reports. */
export interface PairedOutcomeSummary extends PairedStatistics {
  /** Improved / unchanged / deteriorated / meeting the MIC, with Wilson intervals. */
  readonly changeDirections: ChangeDirections;
  /** Jacobson–Truax classification; present only when `reliability` is given. */
  readonly reliableChange?: Result<ReliableChangeSummary, EvaluationIssue> | undefined;
}

/**
 * The full pre/post summary of an outcome measure: n, means, SDs, the mean difference with its
 * t interval, the paired t-test, the Wilcoxon signed-rank test (R conventions), d_z, d_av and
 * g_av with intervals, the share improved / unchanged / deteriorated / meeting a minimal
 * important change, and (given a reliability) Jacobson–Truax reliable and clinically
 * significant change.
 *
 * @param pre - Scores before, one per person (complete pairs only).
 * @param post - Scores after, in the same order.
 * @param options - Direction, confidence level, effect-size interval method, MIC, reliability,
 *   cut-off or norms.
 * @returns The summary, or an issue when there are fewer than 2 pairs or they do not vary.
 * @example
 * const result = summarisePairedOutcomes([40, 42, 38, 45, 41], [44, 47, 40, 49, 46], {
 *   minimalImportantChange: 3,
 *   reliability: 0.89,
 * });
 * if (result.success) result.data.tTest.pValue;
 */
export function summarisePairedOutcomes(
  pre: readonly number[],
  post: readonly number[],
  options: PairedOutcomeOptions = {},
): Result<PairedOutcomeSummary, EvaluationIssue> {
  const shape = checkPairs("summarisePairedOutcomes", { pre, post }, options);
  if (shape) return err(shape);
  const level = options.confidenceLevel ?? 0.95;
  const problem = checkConfidenceLevel(level);
  if (problem) return err(problem);
  const diffs = differences(pre, post);
  const a = meanSd(pre);
  const b = meanSd(post);
  const d = meanSd(diffs);
  const stats = pairedStatisticsFrom(
    {
      n: pre.length,
      preMean: a.mean,
      preSd: a.sd,
      postMean: b.mean,
      postSd: b.sd,
      correlation: correlationOf(pre, post),
      differenceMean: d.mean,
      differenceSd: d.sd,
      differenceCounts: countsOf(diffs),
    },
    { level, ci: options.ci ?? "noncentral-t" },
  );
  if (!stats.success) return stats;
  const directions = countChangeDirections(pre, post, {
    direction: options.direction,
    minimalImportantChange: options.minimalImportantChange,
    confidenceLevel: level,
  });
  if (!directions.success) return directions;
  const reliableChange =
    options.reliability === undefined
      ? undefined
      : classifyReliableChange(pre, post, {
          reliability: options.reliability,
          direction: options.direction,
          sdPre: options.sdPre,
          cutoff: options.cutoff,
          norms: options.norms,
        });
  return ok({
    ...stats.data,
    changeDirections: directions.data,
    ...(reliableChange === undefined ? {} : { reliableChange }),
  });
}
