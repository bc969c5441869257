import type { Banding } from "./banding.ts";
import type { InstrumentItem } from "./item.ts";
import type { InstrumentLicence } from "./licence.ts";
import type {
  ConversionTable,
  FlagRule,
  MinimalImportantChange,
  MissingDataRule,
  Subscale,
} from "./rules.ts";

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
