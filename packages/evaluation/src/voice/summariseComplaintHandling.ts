import { checkArgument, FeedbackSchema } from "@carerkit/core";
import { checkSchemaRecords } from "../_lib/checkRecords.ts";
import {
  computeComplaintDeadlines,
  type ComplaintDeadlineOptions,
  type DeadlineState,
  type Feedback,
} from "@carerkit/core";
import type { CountTableInput } from "../disclosure/suppressSmallNumbers.ts";
import { crossTab } from "../_lib/crossTab.ts";
import { periodOf } from "../_lib/periodOf.ts";

/**
 * Options for {@link summariseComplaintHandling}: the working-day rules and the period grouping.
 *
 * @example
 * const options: ComplaintHandlingOptions = { holidays: ["2026-04-03", "2026-04-06"], period: "quarter" };
 */
export interface ComplaintHandlingOptions extends ComplaintDeadlineOptions {
  /** Group by `"quarter"` (default) or `"month"`. */
  readonly period?: "month" | "quarter" | undefined;
}

/**
 * How complaints were handled against their deadlines, from {@link summariseComplaintHandling};
 * unsuppressed.
 *
 * @example
 * const summary: ComplaintHandlingSummary = summariseComplaintHandling(feedback, "2026-12-31");
 */
export interface ComplaintHandlingSummary {
  /** Complaints received. */
  readonly complaints: number;
  /** Acknowledgement state (met, missed, due, overdue) × period received. */
  readonly acknowledgement: CountTableInput;
  /** Response state × period, over complaints that have a response deadline. */
  readonly response: CountTableInput;
}

const STATES: readonly DeadlineState[] = ["met", "missed", "due", "overdue"];

/**
 * Counts complaints by whether each was acknowledged within its deadline (3 working days by
 * default, regulation 13(2) of the 2009 complaints regulations) and answered by its response
 * date, per period of receipt. Deadlines come from core's `computeComplaintDeadlines`, with bank
 * holidays passed in. Other kinds of feedback are ignored.
 *
 * @param feedback - Feedback; only complaints are counted.
 * @param asOf - The day open deadlines are judged on, `YYYY-MM-DD`.
 * @param options - Holidays, working-day periods, period grouping.
 * @returns The counts and unsuppressed tables.
 * @throws `CarerKitError` `invalid_input` from `computeComplaintDeadlines` for a bad holiday or period.
 * @example
 * const s = summariseComplaintHandling(feedback, "2026-12-31", { holidays });
 * s.acknowledgement.rows; //=> ["met", "missed", "due", "overdue"]
 */
export function summariseComplaintHandling(
  feedback: readonly Feedback[],
  asOf: string,
  options: ComplaintHandlingOptions = {},
): ComplaintHandlingSummary {
  checkSchemaRecords(
    "summariseComplaintHandling",
    { feedback },
    { type: "Feedback", schema: FeedbackSchema },
  );
  checkArgument("summariseComplaintHandling", { asOf }, "ISO date");
  checkArgument("summariseComplaintHandling", { options }, "plain object");
  const grouping = options.period ?? "quarter";
  const judged = feedback
    .filter((f) => f.kind === "complaint")
    .sort((a, b) => (a.receivedOn < b.receivedOn ? -1 : 1))
    .map((f) => ({
      period: periodOf(f.receivedOn, grouping),
      deadlines: computeComplaintDeadlines(f, asOf, options),
    }));
  const columns = [...new Set(judged.map((j) => j.period))];
  const withResponse = judged.filter((j) => j.deadlines.response !== undefined);
  return {
    complaints: judged.length,
    acknowledgement: crossTab(judged, {
      row: (j) => j.deadlines.acknowledgement,
      rows: STATES,
      column: (j) => j.period,
      columns,
    }),
    response: crossTab(withResponse, {
      row: (j) => j.deadlines.response ?? "due",
      rows: STATES,
      column: (j) => j.period,
      columns,
    }),
  };
}
