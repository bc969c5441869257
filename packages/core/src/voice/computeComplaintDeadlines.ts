import { checkFields } from "../_lib/checkFields.ts";
import { checkDate } from "../_lib/dateSpan.ts";
import { addWorkingDays } from "../calendar/addWorkingDays.ts";
import { countWorkingDays } from "../calendar/countWorkingDays.ts";
import type { WorkingDayOptions } from "../calendar/WorkingDayOptions.ts";
import type { Feedback } from "../feedback/FeedbackSchema.ts";

/**
 * Options for {@link computeComplaintDeadlines}.
 *
 * @example
 * const options: ComplaintDeadlineOptions = { holidays: ["2026-04-03", "2026-04-06"], respondWithinWorkingDays: 20 };
 */
export interface ComplaintDeadlineOptions extends WorkingDayOptions {
  /**
   * Working days after receipt to acknowledge (default 3: regulation 13(2) of the Local
   * Authority Social Services and National Health Service Complaints (England) Regulations
   * 2009, "not later than 3 working days after the day on which it receives the complaint").
   */
  readonly acknowledgeWithinWorkingDays?: number | undefined;
  /**
   * Working days after receipt to respond, a local standard (the regulations leave the period to
   * be agreed with the complainant). Default: none; a date agreed on the record
   * (`responseDueOn`) always wins.
   */
  readonly respondWithinWorkingDays?: number | undefined;
}

/**
 * How a complaint stands against one deadline on a day: `met` or `missed` once done, `due`
 * while still in time, `overdue` when not done and the deadline has passed.
 *
 * @example
 * const state: DeadlineState = "overdue";
 */
export type DeadlineState = "met" | "missed" | "due" | "overdue";

/**
 * A complaint's deadlines and where it stands, from {@link computeComplaintDeadlines}.
 *
 * @example
 * const deadlines: ComplaintDeadlines = { acknowledgeBy: "2026-04-09", acknowledgement: "met", workingDaysToAcknowledge: 2 };
 */
export interface ComplaintDeadlines {
  readonly acknowledgeBy: string;
  readonly acknowledgement: DeadlineState;
  /** Working days from receipt to acknowledgement, once acknowledged. */
  readonly workingDaysToAcknowledge?: number | undefined;
  /** The response deadline, when one was agreed or configured. */
  readonly respondBy?: string | undefined;
  readonly response?: DeadlineState | undefined;
}

function stateOf(doneOn: string | undefined, by: string, asOf: string): DeadlineState {
  if (doneOn !== undefined) return doneOn <= by ? "met" : "missed";
  return asOf <= by ? "due" : "overdue";
}

/**
 * A complaint's acknowledgement and response deadlines in working days, and whether each was
 * met, on a given day. The day of receipt is not counted, weekends never count and bank
 * holidays are passed in (for example from `@carerkit/scheduling`'s `listHolidays`): a complaint
 * received on Thursday 2 April 2026 must be acknowledged by Thursday 9 April in England, after
 * Good Friday and Easter Monday. A withdrawn complaint keeps its deadlines but counts as met if
 * withdrawn in time.
 *
 * @param complaint - A complaint (`receivedOn`, `acknowledgedOn`, `respondedOn`, `responseDueOn`
 * and `withdrawnOn` are read).
 * @param asOf - The day to judge open deadlines on, `YYYY-MM-DD`.
 * @param options - Holidays and the working-day periods.
 * @returns The deadlines and their states.
 * @throws {@link CarerKitError} `invalid_input` for a date outside 1900–2200, a bad holiday or
 * period.
 * @example
 * computeComplaintDeadlines(
 *   { kind: "complaint", receivedOn: "2026-04-02", acknowledgedOn: "2026-04-08" },
 *   "2026-04-10",
 *   { holidays: ["2026-04-03", "2026-04-06"] },
 * ).acknowledgement; //=> "met"
 */
export function computeComplaintDeadlines(
  complaint: Pick<
    Feedback,
    "receivedOn" | "acknowledgedOn" | "respondedOn" | "responseDueOn" | "withdrawnOn"
  >,
  asOf: string,
  options: ComplaintDeadlineOptions = {},
): ComplaintDeadlines {
  const fn = "computeComplaintDeadlines";
  checkFields(fn, { complaint }, {});
  for (const field of [
    "receivedOn",
    "acknowledgedOn",
    "respondedOn",
    "responseDueOn",
    "withdrawnOn",
  ] as const) {
    const value = complaint[field];
    if (field === "receivedOn" || value !== undefined)
      checkDate(fn, { [`complaint.${field}`]: value }, "ISO date");
  }
  checkDate(fn, { asOf }, "ISO date");
  checkFields(
    fn,
    { options },
    {
      acknowledgeWithinWorkingDays: "count?",
      respondWithinWorkingDays: "count?",
      holidays: "array?",
    },
  );
  const calendar: WorkingDayOptions = { holidays: options.holidays };
  const { receivedOn, withdrawnOn } = complaint;
  const acknowledgeBy = addWorkingDays(
    receivedOn,
    options.acknowledgeWithinWorkingDays ?? 3,
    calendar,
  );
  const acknowledgedOn = complaint.acknowledgedOn ?? withdrawnOn;
  const respondBy =
    complaint.responseDueOn ??
    (options.respondWithinWorkingDays === undefined
      ? undefined
      : addWorkingDays(receivedOn, options.respondWithinWorkingDays, calendar));
  return {
    acknowledgeBy,
    acknowledgement: stateOf(acknowledgedOn, acknowledgeBy, asOf),
    ...(complaint.acknowledgedOn === undefined
      ? {}
      : {
          workingDaysToAcknowledge: countWorkingDays(
            receivedOn,
            complaint.acknowledgedOn,
            calendar,
          ),
        }),
    ...(respondBy === undefined
      ? {}
      : { respondBy, response: stateOf(complaint.respondedOn ?? withdrawnOn, respondBy, asOf) }),
  };
}
