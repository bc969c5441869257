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
