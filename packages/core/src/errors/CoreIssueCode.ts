/**
 * The `code` of every {@link CarerKitIssue} that `@carerkit/core` reports. The first group
 * mirrors zod's issue codes (callers never need zod's types); the rest are CarerKit's own.
 *
 * - `invalid_type`, `invalid_value`, `invalid_format`, `too_big`, `too_small`,
 *   `unrecognized_keys`, `invalid_union`, `not_multiple_of`, `invalid_key`, `invalid_element`:
 *   a field has the wrong type, option, format or size, or the record has an unknown key.
 * - `nhs_number_format`, `nhs_number_check_digit`, `nhs_number_range`: not 10 digits, fails the
 *   modulus 11 check, or lies outside the issued ranges (see {@link validateNhsNumber}).
 * - `postcode_format`: not a UK postcode in format.
 * - `snomed_code_format`: not a SNOMED CT identifier (6–18 digits with a Verhoeff check digit).
 * - `end_before_start`, `end_reason_mismatch`, `withdrawn_before_given`, `missing_recipient`,
 *   `achieved_without_date`: a rule that ties two fields together is broken.
 * - `relationship_not_found`, `relationship_already_ended`: {@link endCaringRelationship} inputs.
 * - `illegal_transition`: a lifecycle move its status does not allow (safeguarding concerns,
 *   complaints); `status_mismatch`: a record whose fields do not fit its status.
 * - `not_a_safety_flag`: {@link draftSafeguardingConcern} was given a flag whose severity is not
 *   `safety`.
 * - `unknown_theme`: a theme code not in the codebook ({@link codeFeedbackThemes}).
 * - `illegal_transition`, `transition_out_of_order`, `missing_reason`: a referral's history
 *   breaks its lifecycle (see `REFERRAL_TRANSITIONS`), goes back in time or lacks a reason.
 * - `invalid_json` (not JSON, or not a `{ schemaVersion, kind, data }` document),
 *   `unsupported_version`, `kind_mismatch`, `migration_failed`: {@link deserialise}.
 * - `invalid_argument`: a function was called with the wrong shape ({@link checkArgument}).
 * - `control_character`, `lone_surrogate`: a string holds a C0 control character or DEL (tab,
 *   LF and CR are allowed in free-text notes only) or half of a UTF-16 surrogate pair; the
 *   message gives the code point and position, never the text.
 * - `out_of_span`: a date outside the years 1900–2200 that every core function accepts.
 * - `date_in_future`: a date of birth, identification or check-in date after the reference
 *   date (`asOf`) it was parsed with ({@link checkDatesNotAfter}).
 * - `starts_before_birth`: a caring relationship that starts before the carer's date of birth
 *   ({@link checkRelationshipDates}).
 * - `nhs_number_range`: an NHS number outside the issued ranges (the 999 test range only when
 *   asked for).
 *
 * @example
 * const code: CoreIssueCode = "nhs_number_check_digit";
 */
export type CoreIssueCode =
  | "invalid_type"
  | "invalid_value"
  | "invalid_format"
  | "too_big"
  | "too_small"
  | "unrecognized_keys"
  | "invalid_union"
  | "not_multiple_of"
  | "invalid_key"
  | "invalid_element"
  | "nhs_number_format"
  | "nhs_number_check_digit"
  | "postcode_format"
  | "snomed_code_format"
  | "end_before_start"
  | "end_reason_mismatch"
  | "withdrawn_before_given"
  | "missing_recipient"
  | "achieved_without_date"
  | "relationship_not_found"
  | "relationship_already_ended"
  | "illegal_transition"
  | "status_mismatch"
  | "not_a_safety_flag"
  | "unknown_theme"
  | "invalid_json"
  | "unsupported_version"
  | "kind_mismatch"
  | "migration_failed"
  // Referral pathway (issue 16); illegal_transition is shared with the lifecycles above
  | "transition_out_of_order"
  | "missing_reason"
  | "invalid_argument"
  // Input refused before it reaches a database (issue 12)
  | "control_character"
  | "lone_surrogate"
  | "out_of_span"
  | "date_in_future"
  | "starts_before_birth"
  // Issue 20: NHS numbers outside the issued ranges
  | "nhs_number_range";
