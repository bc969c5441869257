/**
 * Which generation and profile of Open Referral a directory was read as, and how it was
 * recognised. `generation` is `"3"` when a document uses no field that tells HSDS 3.0 and 3.1
 * apart (3.1 only adds fields). `profile` is `oruk` for the Open Referral UK profile (ORUK v1 is
 * generation `"1"`, the LGA-extended HSDS 1/2 shape; ORUK 3.0 is the UK profile of HSDS 3.0).
 *
 * @example
 * const format: DirectoryFormat = {
 *   generation: "1", profile: "hsds", serialisation: "csv", datapackage: false,
 *   evidence: ["regular_schedules.csv (HSDS 1.x)", "services.csv has location_id (HSDS 1.0)"],
 * };
 */
export interface DirectoryFormat {
  /** HSDS generation: `1` (1.0/1.1), `2` (2.0), `3.0`, `3.1`, or `3` (3.0 or 3.1). */
  readonly generation: "1" | "2" | "3.0" | "3.1" | "3";
  /** `hsds` for plain Open Referral, `oruk` for the Open Referral UK profile. */
  readonly profile: "hsds" | "oruk";
  /** JSON documents, or a tabular package (CSV files, or the tabular JSON example). */
  readonly serialisation: "json" | "csv";
  /** Whether a `datapackage.json` descriptor said which version it is. */
  readonly datapackage: boolean;
  /** The files, tables and fields that decided it, in plain words. */
  readonly evidence: readonly string[];
}
