import type { CarerKitIssue } from "@carerkit/core";

/**
 * Every `code` a scheduling function can return in a failed `Result` from `@carerkit/core`.
 *
 * - `invalid_input`: a date, time, zone, id or number is malformed; the message names the field.
 * - `invalid_argument`: an argument has the wrong shape (not an array, a string, a plain object,
 *   a count…); the message names the parameter and the expected kind, never the value.
 * - `out_of_span`: a date lies outside the years 1900–2200, or a session is longer than 7 days
 *   (see {@link SCHEDULING_LIMITS}).
 * - `invalid_rule`: the RRULE cannot be parsed or has an out-of-range part.
 * - `unreachable_rule`: the rule can never produce an occurrence (rrule.js would loop forever).
 * - `unbounded_rule`: the rule has no COUNT or UNTIL and no limit was given.
 * - `budget_exceeded`: expansion visited more occurrences than the iteration budget allows.
 * - `not_enough_occurrences`: the rule ends before every session of the programme is placed.
 * - `unknown_session`: no session with that id in the programme.
 * - `session_cancelled`: the session is cancelled and cannot be changed.
 * - `unstaffable`: no roster satisfies the constraints (see {@link RosterInfeasibility}).
 * - `already_enrolled`, `not_enrolled`: enrolment state does not allow the change.
 * - `holiday_data_missing` (a warning, not a failure): a session lies outside the dates the
 *   holiday calendar covers, so it was not checked against holidays.
 *
 * @example
 * const code: SchedulingErrorCode = "unreachable_rule";
 */
export type SchedulingErrorCode =
  | "invalid_input"
  | "invalid_argument"
  | "out_of_span"
  | "invalid_rule"
  | "unreachable_rule"
  | "unbounded_rule"
  | "budget_exceeded"
  | "not_enough_occurrences"
  | "unknown_session"
  | "session_cancelled"
  | "unstaffable"
  | "already_enrolled"
  | "not_enrolled"
  | "holiday_data_missing";

/**
 * One scheduling problem: a `CarerKitIssue` from `@carerkit/core` with a {@link SchedulingErrorCode}.
 *
 * @example
 * const issue: SchedulingIssue = {
 *   code: "invalid_input",
 *   message: "zone: expected an IANA time zone such as Europe/London, got \"Mars/Olympus\"",
 *   path: ["zone"],
 * };
 */
export type SchedulingIssue = CarerKitIssue<SchedulingErrorCode>;
