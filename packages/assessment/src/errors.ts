import type { CarerKitIssue } from "@carerkit/core";

/**
 * Why one part of an input was rejected. Every issue names its field in `path` and in its message.
 *
 * @example
 * const code: AssessmentIssueCode = "out_of_range";
 */
export type AssessmentIssueCode =
  // instrument definitions
  | "duplicate_id"
  | "unknown_item"
  | "unknown_subscale"
  | "unknown_conversion"
  | "item_without_answers"
  | "reverse_item_without_options"
  | "band_gap"
  | "band_overlap"
  | "band_out_of_range"
  | "invalid_conversion"
  | "invalid_missing_rule"
  | "empty_instrument"
  // responses
  | "not_an_object"
  | "missing_answer"
  | "too_many_missing"
  | "out_of_range"
  | "not_convertible"
  // text packs
  | "instrument_mismatch"
  | "unknown_option"
  | "missing_text"
  // checklists and action plans
  | "unknown_domain"
  | "invalid_rating"
  | "invalid_date"
  | "unknown_need"
  | "missing_field"
  // FHIR
  | "questionnaire_mismatch"
  | "invalid_answer"
  // any input
  | "invalid_argument"
  | "too_many_issues";

/**
 * One problem found, with a message naming the field, the value and what was expected.
 *
 * @example
 * const issue: AssessmentIssue = {
 *   code: "out_of_range",
 *   message: "items.phq9_3: expected one of 0, 1, 2, 3, got a number",
 *   path: ["items", "phq9_3"],
 * };
 */
export type AssessmentIssue = CarerKitIssue<AssessmentIssueCode>;

/**
 * What kind of input an {@link AssessmentError} rejected.
 *
 * @example
 * const code: AssessmentErrorCode = "invalid_responses";
 */
export type AssessmentErrorCode =
  | "invalid_definition"
  | "invalid_responses"
  | "invalid_text_pack"
  | "invalid_checklist"
  | "invalid_action_plan"
  | "invalid_questionnaire_response"
  | "invalid_eligibility_answers"
  | "invalid_review";

/**
 * The error side of every `Result` this package returns: a summary code and message, and every
 * issue found (never only the first).
 *
 * @example
 * const result = scoreInstrument(PHQ9, { phq9_1: 7 });
 * if (!result.success) result.error.issues.map((issue) => issue.path?.join("."));
 */
export interface AssessmentError {
  /** What kind of input was rejected. */
  readonly code: AssessmentErrorCode;
  /** A summary naming how many problems were found. */
  readonly message: string;
  /** Every problem found. */
  readonly issues: readonly AssessmentIssue[];
}
