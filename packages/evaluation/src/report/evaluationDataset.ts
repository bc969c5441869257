/**
 * One person's row in an evaluation dataset. Every field but `personId` is optional: a row may
 * record only attendance, only outcomes, or only a referral.
 *
 * @example
 * const row: EvaluationRow = {
 *   personId: "c-001",
 *   period: "2026-Q1",
 *   referralSource: "GP",
 *   supported: true,
 *   pre: 41,
 *   post: 47,
 *   lastSessionAttended: 6,
 *   status: "completed",
 *   satisfaction: 5,
 * };
 */
export interface EvaluationRow {
  /** A pseudonymous identifier; never printed in reports or messages. */
  readonly personId: string;
  /** Reporting period, e.g. "2026-Q1". */
  readonly period?: string | undefined;
  /** Referral source, e.g. "GP", "Hospital ward", "Self". */
  readonly referralSource?: string | undefined;
  /** Whether the carer was supported (default `true`). */
  readonly supported?: boolean | undefined;
  /** Outcome score before the programme. */
  readonly pre?: number | undefined;
  /** Outcome score after the programme. */
  readonly post?: number | undefined;
  /**
   * Scores of further outcome measures, by the measure's `key` (e.g. `{ ucla3: { pre: 7, post: 5 } }`).
   */
  readonly outcomes?:
    | Readonly<
        Record<string, { readonly pre?: number | undefined; readonly post?: number | undefined }>
      >
    | undefined;
  /** Last session attended (0 = never came). */
  readonly lastSessionAttended?: number | undefined;
  /** How participation ended. */
  readonly status?: "completed" | "dropped-out" | "ongoing" | undefined;
  /** A satisfaction answer on the Likert scale. */
  readonly satisfaction?: number | undefined;
}
