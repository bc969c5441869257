import { checkSchemaRecords } from "../_lib/checkRecords.ts";
import { checkArgument, FeedbackSchema, type Feedback } from "@carerkit/core";
import type { CountTableInput } from "../disclosure/suppressSmallNumbers.ts";
import { crossTab } from "../_lib/crossTab.ts";

/**
 * Options for {@link summariseSessionFeedback}.
 *
 * @example
 * const options: SessionFeedbackOptions = { programmeId: "better-together-spring-2026" };
 */
export interface SessionFeedbackOptions {
  /** Only this programme's feedback (default every programme). */
  readonly programmeId?: string | undefined;
  /** Sessions to list first, in this order (default: sorted by id). */
  readonly sessions?: readonly string[] | undefined;
}

/**
 * Per-session programme feedback, from {@link summariseSessionFeedback}; unsuppressed.
 *
 * @example
 * const summary: SessionFeedbackSummary = summariseSessionFeedback(feedback);
 */
export interface SessionFeedbackSummary {
  /** Pieces of session feedback. */
  readonly responses: number;
  /** Of them, with a rating. */
  readonly rated: number;
  /** Ratings, session × "1"…"5" (disjoint: every total may be published). */
  readonly ratings: CountTableInput;
}

const RATINGS = ["1", "2", "3", "4", "5"];

/**
 * Counts per-session programme feedback (`kind: "session_feedback"`) by session and rating
 * (1 poor to 5 excellent), so a facilitator sees which sessions landed. Feedback without a rating
 * counts in `responses` only; other kinds of feedback are ignored.
 *
 * @param feedback - Feedback from `@carerkit/core`.
 * @param options - Programme filter and session order.
 * @returns Counts and the unsuppressed session × rating table.
 * @example
 * const { ratings } = summariseSessionFeedback(feedback, { programmeId: "bt-2026" });
 * ratings.columns; //=> ["1", "2", "3", "4", "5"]
 */
export function summariseSessionFeedback(
  feedback: readonly Feedback[],
  options: SessionFeedbackOptions = {},
): SessionFeedbackSummary {
  checkSchemaRecords(
    "summariseSessionFeedback",
    { feedback },
    { type: "Feedback", schema: FeedbackSchema },
  );
  checkArgument("summariseSessionFeedback", { options }, "plain object");
  const { programmeId } = options;
  const responses = feedback.filter(
    (f) =>
      f.kind === "session_feedback" && (programmeId === undefined || f.programmeId === programmeId),
  );
  const rated = responses.filter((f) => f.rating !== undefined);
  return {
    responses: responses.length,
    rated: rated.length,
    ratings: crossTab(rated, {
      row: (f) => f.sessionId ?? "Not recorded",
      rows: options.sessions,
      column: (f) => String(f.rating),
      columns: RATINGS,
    }),
  };
}
