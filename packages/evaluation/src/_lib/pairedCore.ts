import { err, ok, type Result } from "@carerkit/core";
import type { EvaluationIssue } from "../evaluationIssue.ts";
import type { ConfidenceInterval, EffectSizeInterval, HypothesisTest } from "../types.ts";
import { pairedEffectSizesFrom, type PairedEffectSizes } from "./effectSizes.ts";
import { signedRankFromCounts } from "./signedRank.ts";
import { tTestFrom } from "./tTest.ts";

/** Sufficient statistics of paired data, whether from arrays or from a merged summary. */
export interface PairedMoments {
  readonly n: number;
  readonly preMean: number;
  readonly preSd: number;
  readonly postMean: number;
  readonly postSd: number;
  readonly correlation: number;
  readonly differenceMean: number;
  readonly differenceSd: number;
  /** Difference value → count; `undefined` when the differences are not tabulated. */
  readonly differenceCounts: ReadonlyMap<number, number> | undefined;
}

/** The statistics common to {@link summarisePairedOutcomes} and a finalised streaming summary. */
export interface PairedStatistics {
  /** Number of complete pairs. */
  readonly n: number;
  /** Mean and sample SD before. */
  readonly pre: { readonly mean: number; readonly sd: number };
  /** Mean and sample SD after. */
  readonly post: { readonly mean: number; readonly sd: number };
  /** Pearson correlation of pre and post (NaN when either does not vary). */
  readonly correlation: number;
  /** Mean and SD of post − pre, with the t-based confidence interval of the mean. */
  readonly difference: {
    readonly mean: number;
    readonly sd: number;
    readonly confidenceInterval: ConfidenceInterval;
  };
  /** The paired t-test (two-sided). */
  readonly tTest: HypothesisTest;
  /** The Wilcoxon signed-rank test, or why it could not be computed. */
  readonly wilcoxon: Result<HypothesisTest, EvaluationIssue>;
  /** d_z, d_av and g_av, or why they could not be computed. */
  readonly effectSizes: Result<PairedEffectSizes, EvaluationIssue>;
}

/** Builds the paired statistics from sufficient statistics. */
export function pairedStatisticsFrom(
  m: PairedMoments,
  options: { readonly level: number; readonly ci: EffectSizeInterval },
): Result<PairedStatistics, EvaluationIssue> {
  const { level } = options;
  if (m.n < 2) {
    return err({
      code: "too_few_observations",
      message: `pairs: expected at least 2 pairs, got ${m.n}`,
      path: ["pairs"],
    });
  }
  const t = tTestFrom({
    method: "Paired t-test",
    estimateName: "mean difference",
    estimate: m.differenceMean,
    standardError: m.differenceSd / Math.sqrt(m.n),
    df: m.n - 1,
    mu: 0,
    alternative: "two.sided",
    confidenceLevel: level,
  });
  if (!t.success) return t;
  const wilcoxon: Result<HypothesisTest, EvaluationIssue> = m.differenceCounts
    ? signedRankFromCounts(m.differenceCounts, {
        alternative: "two.sided",
        mu: 0,
        correct: true,
        exact: undefined,
      })
    : err({
        code: "invalid_option",
        message: "differences: the signed-rank test needs tabulated (integer) differences",
        path: ["differences"],
      });
  const effectSizes: Result<PairedEffectSizes, EvaluationIssue> =
    m.n >= 3 && m.preSd > 0 && m.postSd > 0
      ? ok(
          pairedEffectSizesFrom(
            {
              n: m.n,
              meanDifference: m.differenceMean,
              sdDifference: m.differenceSd,
              sdPre: m.preSd,
              sdPost: m.postSd,
              correlation: m.correlation,
              t: t.data.statistic.value,
            },
            { level, method: options.ci },
          ),
        )
      : err({
          code: m.n >= 3 ? "zero_variance" : "too_few_observations",
          message: `pre, post: effect sizes need at least 3 pairs with varying scores, got n = ${m.n}`,
          path: ["pre"],
        });
  return ok({
    n: m.n,
    pre: { mean: m.preMean, sd: m.preSd },
    post: { mean: m.postMean, sd: m.postSd },
    correlation: m.correlation,
    difference: {
      mean: m.differenceMean,
      sd: m.differenceSd,
      confidenceInterval: t.data.confidenceInterval ?? {
        lower: Number.NaN,
        upper: Number.NaN,
        level,
      },
    },
    tTest: t.data,
    wilcoxon,
    effectSizes,
  });
}
