/**
 * An age range; either end may be open.
 *
 * @example
 * const youngCarers: AgeRange = { min: 8, max: 17 };
 */
export interface AgeRange {
  /** Lowest eligible age, inclusive. */
  readonly min?: number | undefined;
  /** Highest eligible age, inclusive. */
  readonly max?: number | undefined;
}
