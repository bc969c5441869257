import type { AssessmentIssue } from "../../errors.ts";
import type { BandResult } from "./banding.ts";
import type { FlagRule } from "./rules.ts";

/**
 * A flag raised by a response.
 *
 * @example
 * const flag: RaisedFlag = { id: "self_harm_thoughts", severity: "safety", message: "…", value: 2 };
 */
export interface RaisedFlag {
  /** The flag rule's id. */
  readonly id: string;
  /** Its severity. */
  readonly severity: FlagRule["severity"];
  /** What the app should tell the practitioner. */
  readonly message: string;
  /** The value that raised it. */
  readonly value: number;
}

/**
 * A subscale's score.
 *
 * @example
 * const s: SubscaleScore = { id: "anxiety", label: "Anxiety (GAD-2)", score: 3, bands: [] };
 */
export interface SubscaleScore {
  /** Subscale id. */
  readonly id: string;
  /** Display name. */
  readonly label: string;
  /** Score (prorated when the total is). */
  readonly score: number;
  /** The band in each banding of this subscale. */
  readonly bands: readonly BandResult[];
}

/**
 * A converted total, e.g. the SWEMWBS metric score.
 *
 * @example
 * const c: ConvertedScore = { id: "metric", label: "Metric score", value: 19.25 };
 */
export interface ConvertedScore {
  /** Conversion id. */
  readonly id: string;
  /** Display name. */
  readonly label: string;
  /** The converted value. */
  readonly value: number;
}

/**
 * The outcome of {@link scoreInstrument}. Treat it as immutable: arrays and bands in it may be
 * frozen objects shared between scores.
 *
 * @example
 * const result = scoreInstrument(PHQ9, responses);
 * if (result.success) console.log(result.data.total, result.data.band?.label);
 */
export interface InstrumentScore {
  /** The instrument's id. */
  readonly instrumentId: string;
  /** The instrument's version. */
  readonly instrumentVersion: string;
  /** The total, prorated and rounded when the missing-data rule says so. */
  readonly total: number;
  /** The sum (or mean) of the answered items before prorating. */
  readonly rawTotal: number;
  /** Subscale scores, in definition order. */
  readonly subscales: readonly SubscaleScore[];
  /** The band of the total in the primary banding, if the instrument has one. */
  readonly band: BandResult | undefined;
  /** The band in every banding of the total and of conversions. */
  readonly bands: readonly BandResult[];
  /** Converted totals. */
  readonly conversions: readonly ConvertedScore[];
  /** Flags raised. Check for `severity: "safety"` before anything else. */
  readonly flags: readonly RaisedFlag[];
  /** How many items were answered. */
  readonly answered: number;
  /** The ids of unanswered items. */
  readonly missing: readonly string[];
  /** Whether the total was prorated for missing items. */
  readonly prorated: boolean;
  /** How the score was reached, in words, for the practitioner and the carer. */
  readonly explanation: string;
}

/**
 * The error side of {@link scoreInstrument}: every offending item, plus the flags the answered
 * items raised (a safety flag is never lost because another item is missing).
 *
 * @example
 * const result = scoreInstrument(PHQ9, { phq9_9: 2 });
 * if (!result.success) result.error.flags; //=> [{ id: "self_harm_thoughts", … }]
 */
export interface ScoringError {
  /** `invalid_responses`, or `invalid_definition` for an instrument that fails validation. */
  readonly code: "invalid_responses" | "invalid_definition";
  /** Summary. */
  readonly message: string;
  /** Every problem, one per offending item. */
  readonly issues: readonly AssessmentIssue[];
  /** Flags raised by the answered items. */
  readonly flags: readonly RaisedFlag[];
}
