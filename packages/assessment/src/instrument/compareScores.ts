import { INSTRUMENT_ARGUMENT } from "../_lib/arguments/instrumentArgument.ts";
import { match } from "ts-pattern";
import type { Instrument } from "./types/instrument.ts";
import type { InstrumentScore } from "./types/score.ts";
import { field } from "../_lib/arguments/field.ts";
import { checkArguments } from "../_lib/arguments/checkArguments.ts";

/**
 * How a later score compares with an earlier one on the same instrument.
 *
 * @example
 * const c: ScoreComparison = {
 *   instrumentId: "swemwbs", scale: "metric", earlier: 19.25, later: 23.21, change: 3.96,
 *   outcome: "improved", threshold: 3, bandChange: undefined,
 * };
 */
export interface ScoreComparison {
  /** The instrument. */
  readonly instrumentId: string;
  /** `total`, or the conversion the comparison is on (e.g. SWEMWBS `metric`). */
  readonly scale: string;
  /** Earlier value. */
  readonly earlier: number;
  /** Later value. */
  readonly later: number;
  /** later − earlier. */
  readonly change: number;
  /**
   * `improved` / `worsened`: a change of at least the minimal important change, in the better or
   * worse direction; `no_important_change`: smaller than it; `no_threshold`: the instrument has
   * no published minimal important change, so the size of the change is not judged.
   */
  readonly outcome: "improved" | "worsened" | "no_important_change" | "no_threshold";
  /** The minimal important change used, if any. */
  readonly threshold: number | undefined;
  /** The primary band before and after, when it changed. */
  readonly bandChange: { readonly from: string; readonly to: string } | undefined;
}

/**
 * Compares two scores of one carer on one instrument, e.g. at assessment and at review. Uses the
 * instrument's published minimal important change (and its scale, such as the SWEMWBS metric
 * score) and its direction (higher is better for wellbeing scales, worse for distress and burden).
 *
 * @param instrument - The instrument both scores come from.
 * @param earlier - The first score.
 * @param later - The later score.
 * @returns The change and whether it is important.
 * @example
 * compareScores(WEMWBS, atAssessment, atReview).outcome; //=> "improved" (up 3 or more)
 */
export function compareScores(
  instrument: Instrument,
  earlier: InstrumentScore,
  later: InstrumentScore,
): ScoreComparison {
  checkArguments("compareScores", [
    [{ instrument }, INSTRUMENT_ARGUMENT],
    [{ earlier }, "plain object"],
    [{ later }, "plain object"],
    [{ "earlier.total": field(earlier, "total") }, "finite number"],
    [{ "later.total": field(later, "total") }, "finite number"],
    [{ "earlier.conversions": field(earlier, "conversions") }, "array"],
    [{ "later.conversions": field(later, "conversions") }, "array"],
  ]);
  const mic = instrument.minimalImportantChange;
  const scale = mic?.conversion ?? "total";
  const valueOf = (score: InstrumentScore) =>
    scale === "total"
      ? score.total
      : (score.conversions.find((c) => c.id === scale)?.value ?? score.total);
  const [a, b] = [valueOf(earlier), valueOf(later)];
  const change = Math.round((b - a) * 1e9) / 1e9;
  const better = instrument.direction === "higher_is_better" ? change > 0 : change < 0;
  const outcome = match(mic)
    .with(undefined, () => "no_threshold" as const)
    .otherwise(({ value }) =>
      Math.abs(change) < value ? "no_important_change" : better ? "improved" : "worsened",
    );
  const [from, to] = [earlier.band, later.band];
  return {
    instrumentId: instrument.id,
    scale,
    earlier: a,
    later: b,
    change,
    outcome,
    threshold: mic?.value,
    bandChange:
      from !== undefined && to !== undefined && from.code !== to.code
        ? { from: from.code, to: to.code }
        : undefined,
  };
}
