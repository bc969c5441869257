import { err, ok, type Result } from "@carerkit/core";
import type { EvaluationIssue } from "../evaluationIssue.ts";
import type { ScoreDirection } from "../types.ts";
import { checkAtLeast, checkConfidenceLevel, checkPairs, twoSidedZ } from "../_lib/checks.ts";
import { meanSd } from "../_lib/moments.ts";

/** Jacobson & Truax's (1991) published critical value for reliable change. */
const JACOBSON_TRUAX_Z = 1.96;

function criticalValueFrom(options: ReliableChangeOptions): Result<number, EvaluationIssue> {
  const { criticalValue, confidenceLevel } = options;
  if (criticalValue !== undefined) {
    if (Number.isFinite(criticalValue) && criticalValue > 0) return ok(criticalValue);
    return err({
      code: "invalid_option",
      message: `criticalValue: expected a positive number`,
      path: ["criticalValue"],
    });
  }
  if (confidenceLevel === undefined) return ok(JACOBSON_TRUAX_Z);
  const bad = checkConfidenceLevel(confidenceLevel);
  return bad ? err(bad) : ok(twoSidedZ(confidenceLevel));
}

/**
 * Norms for Jacobson–Truax clinical significance: the mean and SD of a functional (general)
 * and a dysfunctional (clinical) population, and which criterion to use:
 * `a` two SDs beyond the dysfunctional mean, `b` two SDs inside the functional mean,
 * `c` the weighted midpoint (s_dys·M_fun + s_fun·M_dys)/(s_dys + s_fun).
 *
 * @example
 * const norms: ClinicalNorms = {
 *   criterion: "c",
 *   functional: { mean: 51, sd: 7 },
 *   dysfunctional: { mean: 40, sd: 8 },
 * };
 */
export interface ClinicalNorms {
  /** Which Jacobson–Truax (1991) cut-off to use. */
  readonly criterion: "a" | "b" | "c";
  /** Mean and SD of the functional population (needed by b and c). */
  readonly functional?: { readonly mean: number; readonly sd: number } | undefined;
  /** Mean and SD of the dysfunctional population (needed by a and c). */
  readonly dysfunctional?: { readonly mean: number; readonly sd: number } | undefined;
}

/** Options for {@link classifyReliableChange}. */
export interface ReliableChangeOptions {
  /** Reliability of the instrument (test–retest or Cronbach's α), in (0, 1). Required. */
  readonly reliability: number;
  /** Which way is better (default `"higher-is-better"`). */
  readonly direction?: ScoreDirection | undefined;
  /** SD used for the standard error of measurement; default the sample SD of `pre`. */
  readonly sdPre?: number | undefined;
  /**
   * The critical |RCI| (default 1.96, Jacobson & Truax's published convention). Takes
   * precedence over `confidenceLevel`.
   */
  readonly criticalValue?: number | undefined;
  /**
   * A confidence level from which to compute the critical value exactly, z = Φ⁻¹(1 − α/2)
   * (0.95 gives 1.959964…, R's `qnorm(0.975)`). Used only when `criticalValue` is not given.
   */
  readonly confidenceLevel?: number | undefined;
  /** A cut-off score between dysfunctional and functional, given directly. */
  readonly cutoff?: number | undefined;
  /** Norms from which to compute the cut-off (ignored when `cutoff` is given). */
  readonly norms?: ClinicalNorms | undefined;
}

/**
 * Where one person ends up: `recovered` (reliable improvement that crosses the cut-off from the
 * dysfunctional to the functional side), `improved` (reliable improvement only), `unchanged`,
 * `deteriorated` (reliable deterioration).
 *
 * @example
 * const category: ReliableChangeCategory = "recovered";
 */
export type ReliableChangeCategory = "recovered" | "improved" | "unchanged" | "deteriorated";

/** One person's reliable-change classification. */
export interface PersonChange {
  /** Position of the person in the input arrays. */
  readonly index: number;
  /** post − pre. */
  readonly change: number;
  /** The reliable change index (post − pre)/S_diff. */
  readonly rci: number;
  /** The Jacobson–Truax category. */
  readonly category: ReliableChangeCategory;
  /** Whether post is on the functional side of the cut-off; `undefined` without a cut-off. */
  readonly functionalAfter: boolean | undefined;
}

/** The result of {@link classifyReliableChange}. */
export interface ReliableChangeSummary {
  /** Standard error of measurement, SD_pre·√(1 − reliability). */
  readonly standardErrorOfMeasurement: number;
  /** Standard error of a difference, √2·SEM. */
  readonly standardErrorOfDifference: number;
  /** The critical |RCI| used: 1.96 by default. */
  readonly criticalValue: number;
  /** Smallest change that counts as reliable: criticalValue·S_diff (1.96·S_diff by default). */
  readonly reliableChangeThreshold: number;
  /** The cut-off used, if any. */
  readonly cutoff: number | undefined;
  /** Per person, in input order. Individual-level: never publish without suppression. */
  readonly people: readonly PersonChange[];
  /** How many people fall in each category. */
  readonly counts: Readonly<Record<ReliableChangeCategory, number>>;
}

function cutoffFrom(norms: ClinicalNorms, higherBetter: boolean): Result<number, EvaluationIssue> {
  const sign = higherBetter ? 1 : -1;
  const { functional: f, dysfunctional: d } = norms;
  const missing = (what: string): Result<never, EvaluationIssue> =>
    err({
      code: "invalid_option",
      message: `norms.${what}: expected a mean and SD for criterion ${norms.criterion}`,
      path: ["norms", what],
    });
  if (norms.criterion === "a") return d ? ok(d.mean + sign * 2 * d.sd) : missing("dysfunctional");
  if (norms.criterion === "b") return f ? ok(f.mean - sign * 2 * f.sd) : missing("functional");
  if (!d) return missing("dysfunctional");
  if (!f) return missing("functional");
  return ok((d.sd * f.mean + f.sd * d.mean) / (d.sd + f.sd));
}

/**
 * Jacobson & Truax (1991) reliable change and clinically significant change for each person:
 * SEM = SD_pre·√(1 − r_xx), S_diff = √(2·SEM²), RCI = (post − pre)/S_diff; a change is reliable
 * when |RCI| exceeds the critical value: 1.96 by default, the constant Jacobson & Truax
 * publish (pass `confidenceLevel` for the exact Φ⁻¹(1 − α/2), or `criticalValue`). With a cut-off (given, or from norms by criterion a, b or
 * c), a reliable improvement that ends on the functional side, from the dysfunctional side,
 * is "recovered".
 *
 * @param pre - Scores before, one per person.
 * @param post - Scores after, in the same order.
 * @param options - Reliability (required), direction, SD, critical value, cut-off or norms.
 * @returns Per-person categories and counts, or an issue for bad input or options.
 * @example
 * // WEMWBS, higher is better, Cronbach's α = 0.89, general-population norms
 * const result = classifyReliableChange([38, 41, 50], [47, 42, 40], {
 *   reliability: 0.89,
 *   sdPre: 8.7,
 *   cutoff: 45,
 * });
 * if (result.success) result.data.counts; //=> { recovered: 1, improved: 0, unchanged: 1, deteriorated: 1 }
 */
export function classifyReliableChange(
  pre: readonly number[],
  post: readonly number[],
  options: ReliableChangeOptions,
): Result<ReliableChangeSummary, EvaluationIssue> {
  const problem = checkPairs("classifyReliableChange", { pre, post }, options);
  if (problem) return err(problem);
  const { reliability } = options;
  if (!(reliability > 0 && reliability < 1)) {
    return err({
      code: "invalid_option",
      message: `reliability: expected a number strictly between 0 and 1`,
      path: ["reliability"],
    });
  }
  const z = criticalValueFrom(options);
  if (!z.success) return z;
  let sd = options.sdPre;
  if (sd === undefined) {
    const few = checkAtLeast(pre.length, 2, { name: "pre", what: "pairs to estimate SD_pre" });
    if (few) return err(few);
    sd = meanSd(pre).sd;
  }
  if (!(sd > 0)) {
    return err({
      code: "zero_variance",
      message: `sdPre: expected a positive standard deviation`,
      path: ["sdPre"],
    });
  }
  const higherBetter = (options.direction ?? "higher-is-better") === "higher-is-better";
  let cutoff = options.cutoff;
  if (cutoff === undefined && options.norms) {
    const computed = cutoffFrom(options.norms, higherBetter);
    if (!computed.success) return computed;
    cutoff = computed.data;
  }
  const sem = sd * Math.sqrt(1 - reliability);
  const sDiff = Math.sqrt(2) * sem;
  const functional = (x: number): boolean | undefined =>
    cutoff === undefined ? undefined : higherBetter ? x > cutoff : x < cutoff;
  const counts: Record<ReliableChangeCategory, number> = {
    recovered: 0,
    improved: 0,
    unchanged: 0,
    deteriorated: 0,
  };
  const people = pre.map((before, index): PersonChange => {
    const after = post[index] ?? Number.NaN;
    const change = after - before;
    const rci = change / sDiff;
    const better = higherBetter ? rci : -rci;
    const functionalAfter = functional(after);
    let category: ReliableChangeCategory = "unchanged";
    if (better > z.data) {
      category =
        functionalAfter === true && functional(before) === false ? "recovered" : "improved";
    } else if (better < -z.data) category = "deteriorated";
    counts[category] += 1;
    return { index, change, rci, category, functionalAfter };
  });
  return ok({
    standardErrorOfMeasurement: sem,
    standardErrorOfDifference: sDiff,
    criticalValue: z.data,
    reliableChangeThreshold: z.data * sDiff,
    cutoff,
    people,
    counts,
  });
}
