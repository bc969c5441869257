/**
 * A small-number disclosure rule for published counts.
 *
 * @example
 * const rule: SuppressionRule = { name: "ONS threshold 10", threshold: 9, roundTo: 1, secondary: true };
 */
export interface SuppressionRule {
  /** A name to print beside the table. */
  readonly name: string;
  /** Counts from 1 to `threshold` are suppressed (0 is shown). */
  readonly threshold: number;
  /** Shown counts and totals are rounded to the nearest multiple of this (1 = no rounding). */
  readonly roundTo: number;
  /**
   * Whether to suppress further cells so that no suppressed cell can be worked out from a total
   * (on by default in the presets; see docs/statistics.md).
   */
  readonly secondary: boolean;
}

/**
 * The preset rules:
 * - `nhsDigital2018`: NHS Digital's HES/ECDS rule from September 2018 (also NCMP, SRHAD):
 *   1–7 suppressed, other counts and totals rounded to the nearest 5, totals computed from
 *   unrounded values. We also apply secondary suppression, which the rounding makes
 *   mostly redundant but never harmful.
 * - `legacy1to5`: the older rule: 1–5 suppressed, no rounding, secondary suppression.
 * - `threshold10`: ONS secure research outputs and UK LLC: counts under 10 suppressed.
 *
 * @example
 * suppressSmallNumbers(table, SUPPRESSION_RULES.legacy1to5);
 */
export const SUPPRESSION_RULES = {
  nhsDigital2018: {
    name: "NHS Digital 2018 (1–7 suppressed, others rounded to 5)",
    threshold: 7,
    roundTo: 5,
    secondary: true,
  },
  legacy1to5: {
    name: "Legacy NHS (1–5 suppressed, secondary suppression)",
    threshold: 5,
    roundTo: 1,
    secondary: true,
  },
  threshold10: {
    name: "Threshold 10 (1–9 suppressed, secondary suppression)",
    threshold: 9,
    roundTo: 1,
    secondary: true,
  },
} as const satisfies Record<string, SuppressionRule>;
