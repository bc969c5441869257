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
 * The band a score fell in, within one banding.
 *
 * @example
 * const banded: BandResult = { banding: "phq9_severity", code: "mild", label: "Mild", severity: 1, min: 5, max: 9 };
 */
export interface BandResult extends Band {
  /** The id of the banding. */
  readonly banding: string;
}
