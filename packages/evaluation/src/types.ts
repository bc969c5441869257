/**
 * The alternative hypothesis, spelled as R spells it (`alternative = "two.sided"`).
 *
 * @example
 * const alternative: Alternative = "greater";
 */
export type Alternative = "two.sided" | "less" | "greater";

/**
 * A confidence interval with its level, e.g. `{ lower: -2.46, upper: -0.70, level: 0.95 }`.
 * One-sided intervals have an infinite bound, as in R.
 *
 * @example
 * const ci: ConfidenceInterval = { lower: 0.2553, upper: 0.3662, level: 0.95 };
 */
export interface ConfidenceInterval {
  /** Lower bound (may be `-Infinity` for a one-sided interval). */
  readonly lower: number;
  /** Upper bound (may be `Infinity` for a one-sided interval). */
  readonly upper: number;
  /** Confidence level, e.g. 0.95. */
  readonly level: number;
}

/**
 * A hypothesis test reported the way R's `htest` prints it: statistic, parameter (df),
 * p-value, confidence interval and estimate, so results can be checked against R line by line.
 *
 * @example
 * // testPairedT(pre, post) on R's sleep data (post = group 1, pre = group 2):
 * const result: HypothesisTest = {
 *   method: "Paired t-test",
 *   statistic: { name: "t", value: -4.062127683382037 },
 *   parameter: { name: "df", value: 9 },
 *   pValue: 0.002832890197384,
 *   confidenceInterval: { lower: -2.4598858, upper: -0.7001142, level: 0.95 },
 *   estimate: { name: "mean difference", value: -1.58 },
 *   nullValue: 0,
 *   alternative: "two.sided",
 * };
 */
export interface HypothesisTest {
  /** The method as R names it, e.g. "Paired t-test", "Wilcoxon signed rank exact test". */
  readonly method: string;
  /** The test statistic: `t` for t-tests, `V` for the signed-rank test. */
  readonly statistic: { readonly name: string; readonly value: number };
  /** The distribution's parameter, e.g. `{ name: "df", value: 9 }`; absent when R prints none. */
  readonly parameter?: { readonly name: string; readonly value: number } | undefined;
  /** The p-value. */
  readonly pValue: number;
  /** The confidence interval for the estimate, when the test gives one. */
  readonly confidenceInterval?: ConfidenceInterval | undefined;
  /** The point estimate, e.g. the mean difference. */
  readonly estimate?: { readonly name: string; readonly value: number } | undefined;
  /** The value under the null hypothesis (R's `mu`). */
  readonly nullValue: number;
  /** The alternative hypothesis. */
  readonly alternative: Alternative;
}

/**
 * How an effect-size interval is built: `"noncentral-t"` (the default; inverting the noncentral
 * t distribution of the matching t statistic, as R's `effectsize` and MBESS do, so the interval
 * excludes 0 exactly when the t-test's p < α) or `"wald"` (value ± z₁₋α/₂·SE with the
 * large-sample SE of Borenstein et al. 2009). Effect sizes with no t pivot (d_av, g_av) are
 * always Wald. See docs/decisions/0055.
 *
 * @example
 * const ci: EffectSizeInterval = "wald";
 */
export type EffectSizeInterval = "noncentral-t" | "wald";

/**
 * Options shared by the single effect-size functions.
 *
 * @example
 * const options: EffectSizeOptions = { confidenceLevel: 0.9, ci: "wald" };
 */
export interface EffectSizeOptions {
  /** Confidence level (default 0.95). */
  readonly confidenceLevel?: number | undefined;
  /** Interval method (default `"noncentral-t"`, as R's `effectsize`; or `"wald"`). */
  readonly ci?: EffectSizeInterval | undefined;
}

/**
 * An effect size with its confidence interval and the standard error used by the Wald interval.
 *
 * @example
 * const g: EffectSize = {
 *   name: "g_av",
 *   value: 0.416,
 *   standardError: 0.1126,
 *   intervalMethod: "wald",
 *   confidenceInterval: { lower: 0.195, upper: 0.637, level: 0.95 },
 * };
 */
export interface EffectSize {
  /**
   * Which effect size: `d_z`, `d_av`, `g_av` (paired), `d_s`, `g_s` (pooled SD),
   * `d_unpooled` (SD √((s₁² + s₂²)/2)), `glass_delta` (control-group SD) or `d_one_sample`.
   */
  readonly name:
    "d_z" | "d_av" | "g_av" | "d_s" | "g_s" | "d_unpooled" | "glass_delta" | "d_one_sample";
  /** The point estimate. */
  readonly value: number;
  /** The large-sample standard error (Borenstein et al. 2009, ch. 4). */
  readonly standardError: number;
  /** How `confidenceInterval` was built. */
  readonly intervalMethod: EffectSizeInterval;
  /** The confidence interval. */
  readonly confidenceInterval: ConfidenceInterval;
}

/**
 * A proportion with its interval, e.g. 81 of 263 with a Wilson interval.
 *
 * @example
 * const p: ProportionEstimate = {
 *   count: 81, total: 263, proportion: 0.308, method: "wilson", alternative: "two.sided",
 *   confidenceInterval: { lower: 0.2553, upper: 0.3662, level: 0.95 },
 * };
 */
export interface ProportionEstimate {
  /** Number with the characteristic. */
  readonly count: number;
  /** Number asked or observed. */
  readonly total: number;
  /** count / total. */
  readonly proportion: number;
  /** The interval method. */
  readonly method: ProportionIntervalMethod;
  /** Two-sided, or which one-sided bound (`"less"`: an upper bound; `"greater"`: a lower one). */
  readonly alternative: Alternative;
  /** The interval. */
  readonly confidenceInterval: ConfidenceInterval;
}

/**
 * Interval methods for a single proportion: Wilson score (default; Newcombe 1998 method 3;
 * R's `prop.test(correct = FALSE)`), Wilson with continuity correction (method 4; R's
 * `prop.test()` when |x − np| ≥ 0.5) or Clopper–Pearson exact (method 5, R's `binom.test`).
 *
 * @example
 * const method: ProportionIntervalMethod = "clopper-pearson";
 */
export type ProportionIntervalMethod = "wilson" | "wilson-cc" | "clopper-pearson";

/**
 * Which way is better on an instrument: WEMWBS and carer confidence scales are
 * `"higher-is-better"`; PHQ-9, GAD-7 and the Zarit burden interview are `"lower-is-better"`.
 *
 * @example
 * const direction: ScoreDirection = "lower-is-better";
 */
export type ScoreDirection = "higher-is-better" | "lower-is-better";

/**
 * How the retention intervals are built, as R's `survfit` `conf.type`: `"log"` exp(log S ±
 * z·σ) (R's default), `"log-log"` S^exp(∓z·σ/log S) (Kalbfleisch & Prentice; never leaves
 * [0, 1]), `"plain"` S ± z·S·σ clipped to [0, 1], σ² being Greenwood's Σ d/(n(n − d)).
 *
 * @example
 * const confType: RetentionConfType = "log-log";
 */
export type RetentionConfType = "log" | "log-log" | "plain";
