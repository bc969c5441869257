import type { SchedulingIssue } from "../errors.ts";
import type { AmbiguousTimePolicy, NonexistentTimePolicy } from "../_lib/zone.ts";
import type { SessionTemplate } from "../templates/types.ts";

/**
 * When and where a programme runs.
 *
 * @example
 * const schedule: ProgrammeSchedule = {
 *   programmeId: "bt-2025-spring",
 *   startDate: "2025-03-17",
 *   startTime: "10:00",
 *   zone: "Europe/London",
 *   rule: "FREQ=WEEKLY",
 *   venue: "Day Hospice lounge",
 * };
 */
export interface ProgrammeSchedule {
  /** Stable id of this run of the programme; session ids and calendar UIDs derive from it. */
  readonly programmeId: string;
  /** First possible date, `YYYY-MM-DD` (local to `zone`). */
  readonly startDate: string;
  /** Local start time of each session, `HH:MM`. */
  readonly startTime: string;
  /** IANA time zone, e.g. `Europe/London`. */
  readonly zone: string;
  /** RRULE value; defaults to `FREQ=WEEKLY` (weekly on the start date's weekday). */
  readonly rule?: string | undefined;
  /** Where the sessions take place. */
  readonly venue?: string | undefined;
}

/**
 * Whether a session goes ahead.
 *
 * @example
 * const status: SessionStatus = "cancelled";
 */
export type SessionStatus = "scheduled" | "cancelled";

/**
 * One concrete session of a planned programme. `id` never changes, whatever happens to the
 * session, so attendance, rosters and calendar UIDs stay attached to it.
 *
 * @example
 * const first = programme.sessions[0];
 * first.id; //=> "bt-2025-spring-s1"
 * first.date; //=> "2025-03-17"
 * first.start; //=> "2025-03-17T10:00:00Z"
 */
export interface ProgrammeSession {
  /** Stable identity: `<programmeId>-s<number>`. */
  readonly id: string;
  readonly programmeId: string;
  /** Position of the session's content in the template, from 1. */
  readonly number: number;
  /** What happens in the session. */
  readonly content: SessionTemplate;
  readonly zone: string;
  /** Local date, `YYYY-MM-DD`. */
  readonly date: string;
  /** Local start and end wall-clock times, `HH:MM`. */
  readonly startTime: string;
  readonly endTime: string;
  /** Start and end instants in UTC, e.g. `2025-03-17T10:00:00Z`. */
  readonly start: string;
  readonly end: string;
  /** The slot first planned (like iCalendar's RECURRENCE-ID); kept through reschedules. */
  readonly originalDate: string;
  readonly originalStartTime: string;
  readonly status: SessionStatus;
  /** Revision number: 0 when planned, +1 on every change (iCalendar SEQUENCE). */
  readonly sequence: number;
  readonly venue?: string | undefined;
  /** Why the session was cancelled or moved, when it was. */
  readonly note?: string | undefined;
}

/**
 * A date the rule produced on which no session was placed, and why.
 *
 * @example
 * const skipped: SkippedDate = { date: "2025-04-21", reason: "holiday", title: "Easter Monday" };
 */
export interface SkippedDate {
  readonly date: string;
  readonly reason: "holiday" | "nonexistent_time" | "cancelled";
  readonly title: string;
}

/**
 * A planned programme: its sessions in date order, the dates skipped, and warnings.
 *
 * @example
 * const result = planProgramme(BETTER_TOGETHER_TEMPLATE, schedule);
 * if (result.success) result.data.sessions.length; //=> 8
 */
export interface Programme {
  readonly id: string;
  readonly templateId: string;
  readonly name: string;
  readonly schedule: ProgrammeSchedule;
  readonly nonexistentTime: NonexistentTimePolicy;
  readonly ambiguousTime: AmbiguousTimePolicy;
  readonly sessions: readonly ProgrammeSession[];
  readonly skipped: readonly SkippedDate[];
  /** For example `holiday_data_missing` when a session lies outside the holiday data. */
  readonly warnings: readonly SchedulingIssue[];
}
