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
 * Answers keyed by item id. `null` or `undefined` (or no key) means unanswered.
 *
 * @example
 * const responses: InstrumentResponses = { phq9_1: 2, phq9_2: null };
 */
export type InstrumentResponses = Readonly<Record<string, number | null | undefined>>;
