import { checkSchemaRecords } from "../_lib/checkRecords.ts";
import {
  checkArgument,
  DEFAULT_FEEDBACK_CODEBOOK,
  FeedbackSchema,
  type Feedback,
  type ThemeCodebook,
} from "@carerkit/core";
import type { CountTableInput } from "../disclosure/suppressSmallNumbers.ts";
import { crossTab } from "../_lib/crossTab.ts";
import { periodOf } from "../_lib/periodOf.ts";

/**
 * Options for {@link summariseFeedbackThemes}.
 *
 * @example
 * const options: FeedbackThemeOptions = { period: "month", kinds: ["complaint"] };
 */
export interface FeedbackThemeOptions {
  /** The codebook whose labels name the rows (default core's `DEFAULT_FEEDBACK_CODEBOOK`). */
  readonly codebook?: ThemeCodebook | undefined;
  /** Group by `"quarter"` (default: fewer small cells) or `"month"`. */
  readonly period?: "month" | "quarter" | undefined;
  /** Only these kinds of feedback (default all). */
  readonly kinds?: readonly Feedback["kind"][] | undefined;
}

/**
 * Feedback themes over time, from {@link summariseFeedbackThemes}; unsuppressed.
 *
 * @example
 * const summary: FeedbackThemeSummary = summariseFeedbackThemes(feedback);
 */
export interface FeedbackThemeSummary {
  /**
   * Pieces of feedback, theme label × period, rows in codebook order then "Not coded". One piece
   * with two themes counts in both rows: publish without column totals.
   */
  readonly byTheme: CountTableInput;
  /** Pieces of feedback, kind × period (disjoint: every total may be published). */
  readonly byKind: CountTableInput;
}

/**
 * Counts carers' feedback by theme and by kind (complaint, compliment, suggestion, session
 * feedback) in each period, for a "what carers told us" section. Rows follow the codebook so
 * each period's table has the same shape; a code missing from the codebook keeps its code as
 * its label rather than being dropped.
 *
 * @param feedback - Feedback from `@carerkit/core`, coded with `codeFeedbackThemes`.
 * @param options - Codebook, period grouping, kinds.
 * @returns The two unsuppressed tables.
 * @example
 * const { byTheme } = summariseFeedbackThemes(feedback, { period: "quarter" });
 * byTheme.columns; //=> ["2026-Q1", "2026-Q2"]
 */
export function summariseFeedbackThemes(
  feedback: readonly Feedback[],
  options: FeedbackThemeOptions = {},
): FeedbackThemeSummary {
  checkSchemaRecords(
    "summariseFeedbackThemes",
    { feedback },
    { type: "Feedback", schema: FeedbackSchema },
  );
  checkArgument("summariseFeedbackThemes", { options }, "plain object");
  const codebook = options.codebook ?? DEFAULT_FEEDBACK_CODEBOOK;
  const labels = new Map(codebook.themes.map((t) => [t.code, t.label]));
  const grouping = options.period ?? "quarter";
  const kinds = options.kinds;
  const chosen = kinds ? feedback.filter((f) => kinds.includes(f.kind)) : feedback;
  const sorted = [...chosen].sort((a, b) => (a.receivedOn < b.receivedOn ? -1 : 1));
  const period = (f: Feedback): string => periodOf(f.receivedOn, grouping);
  const columns = [...new Set(sorted.map(period))];
  return {
    byTheme: crossTab(sorted, {
      row: (f) =>
        f.themes && f.themes.length > 0
          ? f.themes.map((code) => labels.get(code) ?? code)
          : "Not coded",
      rows: [...codebook.themes.map((t) => t.label), "Not coded"],
      column: period,
      columns,
    }),
    byKind: crossTab(sorted, {
      row: (f) => f.kind,
      rows: ["complaint", "compliment", "suggestion", "session_feedback"],
      column: period,
      columns,
    }),
  };
}
