import { err, ok, type Result } from "@carerkit/core";
import type { EvaluationIssue } from "../evaluationIssue.ts";
import type { ProportionEstimate, ScoreDirection } from "../types.ts";
import { checkAtLeast, checkConfidenceLevel, checkPairs } from "../_lib/checks.ts";
import { wilson } from "../_lib/proportion.ts";

/** Options for {@link countChangeDirections}. */
export interface ChangeDirectionOptions {
  /** Which way is better (default `"higher-is-better"`). */
  readonly direction?: ScoreDirection | undefined;
  /**
   * The minimal important change (MIC), in score points, e.g. 3 for WEMWBS as commonly used by
   * programmes. When given, `meetingMinimalImportantChange` counts improvements ≥ MIC.
   */
  readonly minimalImportantChange?: number | undefined;
  /** Confidence level of the Wilson intervals (default 0.95). */
  readonly confidenceLevel?: number | undefined;
}

/** How many improved, stayed the same, deteriorated and met the MIC, each with a Wilson interval. */
export interface ChangeDirections {
  /** Number of pairs. */
  readonly n: number;
  /** Changed in the better direction (any amount). */
  readonly improved: ProportionEstimate;
  /** post = pre. */
  readonly unchanged: ProportionEstimate;
  /** Changed in the worse direction (any amount). */
  readonly deteriorated: ProportionEstimate;
  /** Improved by at least the MIC; absent without `minimalImportantChange`. */
  readonly meetingMinimalImportantChange?: ProportionEstimate | undefined;
}

/**
 * Counts people who improved, were unchanged or deteriorated between pre and post, and who
 * improved by at least a minimal important change, each as a proportion with a Wilson interval.
 *
 * @param pre - Scores before, one per person.
 * @param post - Scores after, in the same order.
 * @param options - Direction, minimal important change, confidence level.
 * @returns The counts and proportions, or an issue for empty or invalid input.
 * @example
 * const result = countChangeDirections([40, 42, 38, 45], [44, 42, 35, 50], {
 *   minimalImportantChange: 3,
 * });
 * if (result.success) result.data.improved.count; //=> 2
 */
export function countChangeDirections(
  pre: readonly number[],
  post: readonly number[],
  options: ChangeDirectionOptions = {},
): Result<ChangeDirections, EvaluationIssue> {
  const shape = checkPairs("countChangeDirections", { pre, post }, options);
  if (shape) return err(shape);
  const level = options.confidenceLevel ?? 0.95;
  const mic = options.minimalImportantChange;
  const problem =
    checkAtLeast(pre.length, 1, { name: "pre", what: "pairs" }) ?? checkConfidenceLevel(level);
  if (problem) return err(problem);
  if (mic !== undefined && !(Number.isFinite(mic) && mic > 0)) {
    return err({
      code: "invalid_option",
      message: `minimalImportantChange: expected a positive number`,
      path: ["minimalImportantChange"],
    });
  }
  const sign = (options.direction ?? "higher-is-better") === "higher-is-better" ? 1 : -1;
  let improved = 0;
  let unchanged = 0;
  let deteriorated = 0;
  let meeting = 0;
  pre.forEach((before, i) => {
    const gain = sign * ((post[i] ?? Number.NaN) - before);
    if (gain > 0) improved += 1;
    else if (gain < 0) deteriorated += 1;
    else unchanged += 1;
    if (mic !== undefined && gain >= mic) meeting += 1;
  });
  const n = pre.length;
  const estimate = (count: number): ProportionEstimate => ({
    count,
    total: n,
    proportion: count / n,
    method: "wilson",
    alternative: "two.sided",
    confidenceInterval: wilson(count, n, level),
  });
  return ok({
    n,
    improved: estimate(improved),
    unchanged: estimate(unchanged),
    deteriorated: estimate(deteriorated),
    ...(mic === undefined ? {} : { meetingMinimalImportantChange: estimate(meeting) }),
  });
}
