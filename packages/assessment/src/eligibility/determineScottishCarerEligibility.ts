import {
  SCOTTISH_ELIGIBILITY_INDICATORS,
  SCOTTISH_IMPACT_LEVELS,
  type ScottishEligibilityIndicator,
  type ScottishImpactLevel,
} from "./scotland.ts";
import { field } from "../_lib/arguments/field.ts";
import { checkArguments } from "../_lib/arguments/checkArguments.ts";

/**
 * A local authority's published eligibility criteria (Carers (Scotland) Act 2016 s.21): the
 * level at or above which, on any indicator, it must provide support.
 *
 * @example
 * const criteria: ScottishLocalCriteria = { authority: "West Lothian Council", threshold: "substantial" };
 */
export interface ScottishLocalCriteria {
  /** The local authority whose criteria these are. */
  readonly authority: string;
  /** The lowest level that meets the criteria. */
  readonly threshold: ScottishImpactLevel;
  /** Where the criteria are published. */
  readonly source?: string | undefined;
}

/**
 * The outcome of {@link determineScottishCarerEligibility}.
 *
 * @example
 * const d = determineScottishCarerEligibility(levels, criteria);
 * d.meetingThreshold; //=> ["health_and_wellbeing"]
 */
export interface ScottishEligibilityDetermination {
  /** Eligible for support under the local criteria, not eligible, or cannot decide yet. */
  readonly decision: "eligible" | "not_eligible" | "cannot_decide_yet";
  /** The indicators at or above the threshold. */
  readonly meetingThreshold: readonly ScottishEligibilityIndicator[];
  /** The highest level recorded, if any. */
  readonly highestLevel: ScottishImpactLevel | undefined;
  /** Indicators without a level that could change the decision (empty when decided). */
  readonly missing: readonly ScottishEligibilityIndicator[];
  /** Indicators without a level that cannot change this decision, listed apart from `missing`. */
  readonly notNeeded: readonly ScottishEligibilityIndicator[];
  /** The provisions and criteria relied on. */
  readonly references: readonly string[];
  /** The decision in words. */
  readonly explanation: string;
}

const rank = (level: ScottishImpactLevel) =>
  SCOTTISH_IMPACT_LEVELS.findIndex((l) => l.id === level);
const labelOf = (indicator: ScottishEligibilityIndicator) =>
  SCOTTISH_ELIGIBILITY_INDICATORS.find((i) => i.id === indicator)?.label ?? indicator;

/**
 * Applies a local authority's eligibility threshold to the seven national indicators of the
 * Carers (Scotland) Act 2016 Local Eligibility Criteria Framework: a carer is eligible when the
 * impact of caring on any indicator is at or above the local threshold (Kleene OR: one indicator
 * at the threshold decides, whatever the unrated ones would say; the rest are `notNeeded`).
 * Unrated indicators are never assumed low: with none at the threshold, the result is
 * `cannot_decide_yet` and lists them, unless the threshold is the lowest level, which every
 * rating reaches.
 *
 * @param levels - The impact/risk level recorded for each indicator in the adult carer support plan.
 * @param criteria - The local authority's threshold.
 * @returns The decision, the indicators that drove it, any indicators still to rate, and those
 *   whose rating would not change the decision.
 * @example
 * determineScottishCarerEligibility(
 *   { health_and_wellbeing: "substantial", relationships: "low", living_environment: "low",
 *     employment_and_training: "low", finance: "low", life_balance: "low", future_planning: "low" },
 *   { authority: "Example Council", threshold: "substantial" },
 * ).decision; //=> "eligible"
 */
export function determineScottishCarerEligibility(
  levels: Partial<Readonly<Record<ScottishEligibilityIndicator, ScottishImpactLevel>>>,
  criteria: ScottishLocalCriteria,
): ScottishEligibilityDetermination {
  checkArguments("determineScottishCarerEligibility", [
    [{ levels }, "plain object"],
    [{ criteria }, "plain object"],
    [{ "criteria.threshold": field(criteria, "threshold") }, "string"],
  ]);
  const threshold = rank(criteria.threshold);
  const rated = SCOTTISH_ELIGIBILITY_INDICATORS.flatMap(({ id }) => {
    const level = Object.hasOwn(levels, id) ? levels[id] : undefined;
    return level !== undefined && rank(level) >= 0 ? [{ id, level }] : [];
  });
  const unrated = SCOTTISH_ELIGIBILITY_INDICATORS.map((i) => i.id).filter(
    (id) => !rated.some((r) => r.id === id),
  );
  const meeting = rated.filter((r) => rank(r.level) >= threshold).map((r) => r.id);
  const highest = rated.reduce<ScottishImpactLevel | undefined>(
    (top, r) => (top === undefined || rank(r.level) > rank(top) ? r.level : top),
    undefined,
  );
  // An unrated indicator meets a threshold at the lowest level whatever its rating.
  const anyMeets = meeting.length > 0 || (unrated.length > 0 && threshold === 0);
  const decision = anyMeets
    ? "eligible"
    : unrated.length > 0
      ? "cannot_decide_yet"
      : "not_eligible";
  const thresholdLabel = SCOTTISH_IMPACT_LEVELS[threshold]?.label ?? criteria.threshold;
  const explanation =
    decision === "eligible"
      ? `Eligible under ${criteria.authority}'s criteria (threshold: ${thresholdLabel}): ${meeting.length > 0 ? meeting.map(labelOf).join(", ") : "every indicator, rated or not,"} at or above the threshold.${unrated.length > 0 ? ` Not needed for this decision: ${unrated.map(labelOf).join(", ")} not rated.` : ""}`
      : decision === "not_eligible"
        ? `Not eligible under ${criteria.authority}'s criteria (threshold: ${thresholdLabel}): no indicator at or above the threshold; support for other needs may still be offered (s.24(4)(b)).`
        : `No decision yet: ${unrated.map(labelOf).join(", ")} not rated, and no rated indicator reaches ${criteria.authority}'s threshold (${thresholdLabel}).`;
  return {
    decision,
    meetingThreshold: meeting,
    highestLevel: highest,
    missing: decision === "cannot_decide_yet" ? unrated : [],
    notNeeded: decision === "cannot_decide_yet" ? [] : unrated,
    references: [
      "Carers (Scotland) Act 2016 s.21 (local eligibility criteria)",
      "Carers (Scotland) Act 2016 statutory guidance, Annex F (Local Eligibility Criteria Framework)",
      `${criteria.authority} local eligibility criteria${criteria.source === undefined ? "" : ` (${criteria.source})`}`,
    ],
    explanation,
  };
}
