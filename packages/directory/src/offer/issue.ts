import type { CarerKitIssue } from "@carerkit/core";

/**
 * Machine-readable codes of every problem the directory package reports.
 *
 * @example
 * const code: DirectoryIssueCode = "dangling_reference";
 */
export type DirectoryIssueCode =
  | "unsupported_shape"
  | "missing_required_field"
  | "invalid_field"
  | "invalid_coordinates"
  | "dangling_reference"
  | "duplicate_id"
  | "unsupported_schedule"
  | "record_without_service"
  | "invalid_csv"
  | "invalid_query"
  | "invalid_postcode"
  | "unknown_postcode"
  | "no_schedule"
  | "opening_times_unknown"
  | "no_opening_in_horizon"
  | "invalid_argument"
  | "out_of_span";

/**
 * One problem found by the directory package, with how serious it is for the import:
 * `error` means a record could not be used and was left out; `warning` means a record was kept
 * but a field was dropped or guessed; `info` notes something that carries no offers.
 *
 * @example
 * const issue: DirectoryIssue = {
 *   code: "invalid_coordinates", severity: "warning", recordId: "loc-1",
 *   message: "location.latitude: expected a number from -90 to 90, got 100", path: ["location", "latitude"],
 * };
 */
export interface DirectoryIssue extends CarerKitIssue<DirectoryIssueCode> {
  /** `error`: record left out; `warning`: record kept, field dropped; `info`: nothing to import. */
  readonly severity: "error" | "warning" | "info";
  /** The id of the record the issue is about, when known. */
  readonly recordId?: string | undefined;
  /**
   * Set on the one issue that stands for the rest when an importer lists only the first 100 of
   * a cause (same code, severity and place): how many more there were.
   */
  readonly omitted?: number | undefined;
}
