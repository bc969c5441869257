import type { AssessmentIssue } from "../errors.ts";

/**
 * Whether an instrument's wording may be reproduced. The same four categories as awell-score;
 * when in doubt, `unknown` (never guess that something is free).
 *
 * @example
 * const status: LicenceStatus = "licence_required";
 */
export type LicenceStatus =
  "public_domain" | "free_with_attribution" | "licence_required" | "unknown";

/**
 * Who holds the rights in an instrument and on what terms its wording may be used.
 *
 * @example
 * const licence: InstrumentLicence = {
 *   status: "licence_required",
 *   holder: "Mapi Research Trust",
 *   url: "https://eprovide.mapi-trust.org/instruments/zarit-burden-interview",
 *   attribution: "Zarit Burden Interview © 1980, 1983, 1990 Steven H. Zarit and Judy M. Zarit.",
 * };
 */
export interface InstrumentLicence {
  /** Whether the wording may be reproduced. */
  readonly status: LicenceStatus;
  /** Who holds the copyright, or who to ask. */
  readonly holder: string;
  /** Where the terms are published. */
  readonly url?: string | undefined;
  /** The attribution or copyright line to show with the instrument. */
  readonly attribution: string;
}

/**
 * One answer an item accepts. `value` is what is recorded and, unless the item is reverse-scored,
 * what is scored. `label` is present only where the wording may be shipped or a text pack supplied it.
 *
 * @example
 * const option: ResponseOption = { value: 0, code: "0", label: "Not at all" };
 */
export interface ResponseOption {
  /** The recorded value. */
  readonly value: number;
  /** A stable code for interchange (FHIR `valueCoding.code`); defaults to the value as a string. */
  readonly code?: string | undefined;
  /** Display wording, when it may be shown. */
  readonly label?: string | undefined;
}

/**
 * A numeric item without listed options, e.g. "hours of care last week".
 *
 * @example
 * const range: NumericRange = { min: 0, max: 10, integer: true };
 */
export interface NumericRange {
  /** Smallest accepted value. */
  readonly min: number;
  /** Largest accepted value. */
  readonly max: number;
  /** Whether only whole numbers are accepted. */
  readonly integer: boolean;
}

/**
 * One question of an instrument. Licence-restricted instruments have no `text`: it comes from a
 * user-supplied {@link TextPack}.
 *
 * @example
 * const item: InstrumentItem = { id: "phq9_1", options: [{ value: 0 }, { value: 1 }] };
 */
export interface InstrumentItem {
  /** Stable id, unique within the instrument (used as FHIR `linkId`). */
  readonly id: string;
  /** The question wording, only where it may be shipped. */
  readonly text?: string | undefined;
  /** The answers this item accepts. */
  readonly options?: readonly ResponseOption[] | undefined;
  /** For numeric items without options: the accepted range. */
  readonly range?: NumericRange | undefined;
}

/**
 * A group of items scored together, e.g. PHQ-4's anxiety items.
 *
 * @example
 * const subscale: Subscale = { id: "anxiety", label: "Anxiety (GAD-2)", items: ["phq4_1", "phq4_2"], method: "sum" };
 */
export interface Subscale {
  /** Stable id, unique among subscales. */
  readonly id: string;
  /** Display name. */
  readonly label: string;
  /** The ids of its items. */
  readonly items: readonly string[];
  /** How item scores combine. */
  readonly method: "sum" | "mean";
}

/**
 * One band of a banding. Bands are inclusive of `min`; on a whole-number scale they are
 * inclusive of `max` too, and on a continuous scale the next band starts at `max`.
 *
 * @example
 * const band: Band = { code: "mild", label: "Mild", min: 5, max: 9, severity: 1 };
 */
export interface Band {
  /** Stable code, used as the FHIR interpretation code. */
  readonly code: string;
  /** Display label. */
  readonly label: string;
  /** Lowest score in the band. */
  readonly min: number;
  /** Highest score in the band. */
  readonly max: number;
  /** Ordinal severity: 0 is the least severe band. */
  readonly severity: number;
}

/**
 * A published way of cutting a score into bands, with its source. An instrument may have several
 * (K10 has the ABS and the CRUfAD bandings); the first banding of the total is the primary one.
 *
 * @example
 * const banding: Banding = {
 *   id: "phq2_screen",
 *   label: "PHQ-2 screen",
 *   source: "Kroenke et al. 2003, Med Care 41:1284",
 *   bands: [
 *     { code: "negative", label: "Negative screen", min: 0, max: 2, severity: 0 },
 *     { code: "positive", label: "Positive screen", min: 3, max: 6, severity: 1 },
 *   ],
 * };
 */
export interface Banding {
  /** Stable id, unique within the instrument. */
  readonly id: string;
  /** Display name. */
  readonly label: string;
  /** Where the cut-offs are published. */
  readonly source: string;
  /** A subscale id, when the banding applies to a subscale rather than the total. */
  readonly subscale?: string | undefined;
  /** A conversion id, when the banding applies to the converted score. */
  readonly conversion?: string | undefined;
  /** The bands, covering the whole scale without gaps or overlaps. */
  readonly bands: readonly Band[];
}

/**
 * What to do when items are unanswered: require every item, or prorate when at most
 * `maxMissing` are missing (total × items ÷ answered), rounding as stated.
 *
 * @example
 * const rule: MissingDataRule = { kind: "prorate", maxMissing: 2, rounding: "half_up" };
 */
export type MissingDataRule =
  | { readonly kind: "require_all" }
  | {
      readonly kind: "prorate";
      /** Most items that may be missing. */
      readonly maxMissing: number;
      /** `half_up`: to the nearest whole number, .5 up; `none`: keep the fraction. */
      readonly rounding: "half_up" | "none";
    };

/**
 * A flag raised when an item (or the total, or a subscale) reaches a value, independent of the
 * band, e.g. PHQ-9 item 9 > 0. Flags are raised even when the score itself cannot be computed.
 *
 * @example
 * const flag: FlagRule = {
 *   id: "self_harm_thoughts",
 *   severity: "safety",
 *   item: "phq9_9",
 *   atLeast: 1,
 *   message: "Thoughts of self-harm reported: follow your service's safety protocol today.",
 * };
 */
export interface FlagRule {
  /** Stable id. */
  readonly id: string;
  /** `safety` flags must be acted on by the app, whatever the total. */
  readonly severity: "safety" | "clinical" | "information";
  /** The item that raises it; omit (with `subscale` omitted) for the total. */
  readonly item?: string | undefined;
  /** The subscale that raises it. */
  readonly subscale?: string | undefined;
  /** The value at or above which the flag is raised. */
  readonly atLeast: number;
  /** What the app should tell the practitioner. */
  readonly message: string;
}

/**
 * A published table that converts the whole-number total to another metric, e.g. SWEMWBS raw
 * score → Rasch metric score. `table` pairs each raw total with its converted value.
 *
 * @example
 * const conversion: ConversionTable = {
 *   id: "metric",
 *   label: "Metric score",
 *   source: "Stewart-Brown et al. 2009",
 *   table: [[7, 7.0], [8, 9.51]],
 * };
 */
export interface ConversionTable {
  /** Stable id. */
  readonly id: string;
  /** Display name. */
  readonly label: string;
  /** Where the table is published. */
  readonly source: string;
  /** `[raw total, converted value]` for every possible raw total. */
  readonly table: readonly (readonly [number, number])[];
}

/**
 * The smallest change in score that matters to people, where published.
 *
 * @example
 * const mic: MinimalImportantChange = { value: 3, source: "Warwick Medical School, WEMWBS FAQ 1.1" };
 */
export interface MinimalImportantChange {
  /** The change, in points of the total (or of `conversion`, when given). */
  readonly value: number;
  /** The conversion the value is on, if not the total. */
  readonly conversion?: string | undefined;
  /** Where it is published. */
  readonly source: string;
  /** Caveats. */
  readonly note?: string | undefined;
}

/**
 * A scored instrument as data. Validate it with {@link defineInstrument} (throws) or
 * {@link checkInstrument} (returns a Result) before use.
 *
 * @example
 * const instrument: Instrument = {
 *   id: "two_item",
 *   title: "Two-item example",
 *   version: "1",
 *   source: "Example",
 *   licence: { status: "public_domain", holder: "Nobody", attribution: "" },
 *   items: [
 *     { id: "a", options: [{ value: 0 }, { value: 1 }] },
 *     { id: "b", options: [{ value: 0 }, { value: 1 }] },
 *   ],
 *   total: { method: "sum", label: "Total" },
 *   missing: { kind: "require_all" },
 * };
 */
export interface Instrument {
  /** Stable id, e.g. `"phq9"`. */
  readonly id: string;
  /** Full name. */
  readonly title: string;
  /** Short name, e.g. `"PHQ-9"`. */
  readonly shortTitle?: string | undefined;
  /** Version of this definition (bump when scoring changes). */
  readonly version: string;
  /** Citation of the instrument and its scoring. */
  readonly source: string;
  /** Rights in the wording. */
  readonly licence: InstrumentLicence;
  /** Instructions shown before the items, when they may be shipped. */
  readonly preamble?: string | undefined;
  /** The items, in order. */
  readonly items: readonly InstrumentItem[];
  /** Ids of reverse-scored items: score = lowest + highest option value − answer. */
  readonly reverseScored?: readonly string[] | undefined;
  /** Subscales. */
  readonly subscales?: readonly Subscale[] | undefined;
  /** How the total combines item scores. */
  readonly total: { readonly method: "sum" | "mean"; readonly label: string };
  /** Whether a higher score means better (wellbeing, quality of life) or worse (distress, burden). Default `higher_is_worse`. */
  readonly direction?: "higher_is_better" | "higher_is_worse" | undefined;
  /** Published bandings; the first on the total is the primary one. */
  readonly bandings?: readonly Banding[] | undefined;
  /** What to do with unanswered items. */
  readonly missing: MissingDataRule;
  /** Item-, subscale- or total-level flags. */
  readonly flags?: readonly FlagRule[] | undefined;
  /** Conversion tables applied to the total. */
  readonly conversions?: readonly ConversionTable[] | undefined;
  /** Minimal important change, where published. */
  readonly minimalImportantChange?: MinimalImportantChange | undefined;
  /** Notes for practitioners: caveats, unverified points. */
  readonly notes?: readonly string[] | undefined;
}

/**
 * Answers keyed by item id. `null` or `undefined` (or no key) means unanswered.
 *
 * @example
 * const responses: InstrumentResponses = { phq9_1: 2, phq9_2: null };
 */
export type InstrumentResponses = Readonly<Record<string, number | null | undefined>>;

/**
 * The band a score fell in, within one banding.
 *
 * @example
 * const banded: BandResult = { banding: "phq9_severity", code: "mild", label: "Mild", severity: 1, min: 5, max: 9 };
 */
export interface BandResult extends Band {
  /** The id of the banding. */
  readonly banding: string;
}

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
