/**
 * Options for the `parse*` and `safeParse*` functions of records that hold dates which cannot
 * lie in the future: a date of birth, an identification date, a check-in date, a date of death.
 *
 * @example
 * const options: ParseOptions = { asOf: "2026-12-03" };
 * safeParseCarer(body, options);
 */
export interface ParseOptions {
  /**
   * The reference date, `YYYY-MM-DD`, usually today in the service's own zone, taken once at
   * the edge of the application (core never reads a clock). Those dates after it are
   * `date_in_future` issues. Without it only the fixed span applies: every date lies in the
   * years 1900–2200 (`out_of_span`).
   */
  readonly asOf?: string | undefined;
}
