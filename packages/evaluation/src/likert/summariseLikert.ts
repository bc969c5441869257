import { checkArgument, err, ok, type Result } from "@carerkit/core";
import { argumentIssue } from "../_lib/argumentIssue.ts";
import type { EvaluationIssue } from "../evaluationIssue.ts";
import type { ProportionEstimate, ProportionIntervalMethod } from "../types.ts";
import { checkAtLeast, checkConfidenceLevel } from "../_lib/checks.ts";
import { proportionInterval } from "../_lib/proportion.ts";

/** Options for {@link summariseLikert}. */
export interface LikertOptions {
  /** The scale points in order from worst to best (default `[1, 2, 3, 4, 5]`). */
  readonly levels?: readonly number[] | undefined;
  /** How many of the best levels count as the "top box" (default 2, i.e. top-2-box). */
  readonly topBox?: number | undefined;
  /** Interval method for the top-box share (default `"wilson"`). */
  readonly method?: ProportionIntervalMethod | undefined;
  /** Confidence level (default 0.95). */
  readonly confidenceLevel?: number | undefined;
}

/** One scale point with its count and share. */
export interface LikertLevel {
  /** The scale point. */
  readonly level: number;
  /** How many chose it. */
  readonly count: number;
  /** count / n. */
  readonly proportion: number;
}

/** The summary of one Likert or satisfaction item. */
export interface LikertSummary {
  /** Number of answers. */
  readonly n: number;
  /** Every scale point, in scale order, including those nobody chose. */
  readonly distribution: readonly LikertLevel[];
  /** The median as the smallest level whose cumulative share reaches 50% (R's quantile type 1). */
  readonly median: number;
  /** The levels counted as the top box. */
  readonly topBoxLevels: readonly number[];
  /** The share in the top box, with its interval. */
  readonly topBox: ProportionEstimate;
}

/**
 * Summarises an ordinal item (satisfaction, agreement): the distribution over every scale point,
 * the median (inverse of the empirical CDF, R's `quantile(type = 1)`, so it is always a scale
 * point; no averaging of categories), and the top-box share (default top-2-box) with a Wilson
 * interval.
 *
 * @param responses - Answers, each one of `levels` (leave missing answers out).
 * @param options - Scale points, top-box size, interval method, confidence level.
 * @returns The summary, or an issue for an answer off the scale or no answers.
 * @example
 * const result = summariseLikert([5, 4, 4, 5, 3, 5, 2, 4]);
 * if (result.success) result.data.topBox.proportion; //=> 0.75
 */
export function summariseLikert(
  responses: readonly number[],
  options: LikertOptions = {},
): Result<LikertSummary, EvaluationIssue> {
  const shape = argumentIssue(() => {
    checkArgument("summariseLikert", { responses }, "array");
    checkArgument("summariseLikert", { options }, "plain object");
    if (options.levels !== undefined) {
      checkArgument("summariseLikert", { "options.levels": options.levels }, "array");
    }
  });
  if (shape) return err(shape);
  const levels = options.levels ?? [1, 2, 3, 4, 5];
  const topBox = options.topBox ?? 2;
  const level = options.confidenceLevel ?? 0.95;
  const problem =
    checkAtLeast(responses.length, 1, { name: "responses", what: "answers" }) ??
    checkConfidenceLevel(level);
  if (problem) return err(problem);
  if (!Number.isInteger(topBox) || topBox < 1 || topBox > levels.length) {
    return err({
      code: "invalid_option",
      message: `topBox: expected an integer 1–${levels.length}`,
      path: ["topBox"],
    });
  }
  const index = new Map(levels.map((value, i) => [value, i]));
  const counts = levels.map(() => 0);
  for (const [i, response] of responses.entries()) {
    const at = index.get(response);
    if (at === undefined) {
      return err({
        code: "out_of_range",
        message: `responses[${i}]: expected one of ${levels.join(", ")}`,
        path: ["responses", i],
      });
    }
    counts[at] = (counts[at] ?? 0) + 1;
  }
  const n = responses.length;
  let cumulative = 0;
  let median = levels[levels.length - 1] ?? Number.NaN;
  for (let i = 0; i < levels.length; i++) {
    cumulative += counts[i] ?? 0;
    if (cumulative * 2 >= n) {
      median = levels[i] ?? median;
      break;
    }
  }
  const top = counts.slice(levels.length - topBox).reduce((s, x) => s + x, 0);
  const method = options.method ?? "wilson";
  return ok({
    n,
    distribution: levels.map((value, i) => ({
      level: value,
      count: counts[i] ?? 0,
      proportion: (counts[i] ?? 0) / n,
    })),
    median,
    topBoxLevels: levels.slice(levels.length - topBox),
    topBox: {
      count: top,
      total: n,
      proportion: top / n,
      method,
      alternative: "two.sided",
      confidenceInterval: proportionInterval(top, n, { method, level, alternative: "two.sided" }),
    },
  });
}
