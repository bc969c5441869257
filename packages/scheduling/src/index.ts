export type { SchedulingErrorCode, SchedulingIssue } from "./errors.ts";
export type { AmbiguousTimePolicy, NonexistentTimePolicy } from "./_lib/zone.ts";
export { SCHEDULING_LIMITS } from "./limits/SCHEDULING_LIMITS.ts";

export { expandRecurrence } from "./recurrence/expandRecurrence.ts";
export { listOccurrencesBetween } from "./recurrence/listOccurrencesBetween.ts";
export type { InstantWindow, OccurrenceQueryOptions } from "./recurrence/listOccurrencesBetween.ts";
export { findNextOccurrence } from "./recurrence/findNextOccurrence.ts";
export { findPreviousOccurrence } from "./recurrence/findPreviousOccurrence.ts";
export type {
  ExpandRecurrenceOptions,
  ExpandedOccurrence,
  Recurrence,
} from "./recurrence/expandRecurrence.ts";

export type { Holiday, HolidayCalendar } from "./holidays/types.ts";
export {
  UK_BANK_HOLIDAY_DIVISIONS,
  createUkBankHolidayCalendar,
} from "./holidays/createUkBankHolidayCalendar.ts";
export type { UkBankHolidayDivision } from "./holidays/createUkBankHolidayCalendar.ts";
export { UK_BANK_HOLIDAYS_ATTRIBUTION } from "./holidays/ukBankHolidays.data.ts";
export { createClosureCalendar } from "./holidays/createClosureCalendar.ts";
export type { Closure, ClosureCalendarOptions } from "./holidays/createClosureCalendar.ts";
export { combineHolidayCalendars } from "./holidays/combineHolidayCalendars.ts";
export { listHolidays } from "./holidays/listHolidays.ts";

export type {
  AgendaBlock,
  AgendaBlockKind,
  ProgrammeTemplate,
  SessionTemplate,
} from "./templates/types.ts";
export {
  BETTER_TOGETHER_TEMPLATE,
  PALLIATIVE_CARE_SOCIAL_WORKER,
} from "./templates/betterTogether.ts";
export { defineProgrammeTemplate } from "./templates/defineProgrammeTemplate.ts";

export { planProgramme } from "./planning/planProgramme.ts";
export type { PlanProgrammeOptions } from "./planning/planProgramme.ts";
export { listSessionsBetween } from "./planning/listSessionsBetween.ts";
export type {
  Programme,
  ProgrammeSchedule,
  ProgrammeSession,
  SessionStatus,
  SkippedDate,
} from "./planning/types.ts";

export { rosterFacilitators } from "./rostering/rosterFacilitators.ts";
export type { RosterOptions } from "./rostering/rosterFacilitators.ts";
export type {
  Facilitator,
  FacilitatorExclusion,
  Roster,
  RosterAssignment,
  RosterError,
  RosterInfeasibility,
  UnstaffableSession,
  Unavailability,
} from "./rostering/types.ts";

export { toICalendar } from "./icalendar/toICalendar.ts";
export type { ToICalendarOptions } from "./icalendar/toICalendar.ts";

export { rescheduleSession } from "./changes/rescheduleSession.ts";
export type { RescheduleTo } from "./changes/rescheduleSession.ts";
export { cancelSession } from "./changes/cancelSession.ts";
export type { CancelSessionOptions } from "./changes/cancelSession.ts";
export { changeVenue } from "./changes/changeVenue.ts";
export type { ChangeVenueOptions } from "./changes/changeVenue.ts";

export type { Cohort } from "./enrolment/types.ts";
export { createCohort } from "./enrolment/createCohort.ts";
export { enrolCarer } from "./enrolment/enrolCarer.ts";
export type { Enrolment } from "./enrolment/enrolCarer.ts";
export { withdrawCarer } from "./enrolment/withdrawCarer.ts";
export type { Withdrawal } from "./enrolment/withdrawCarer.ts";

export type { AttendanceMark, AttendanceRegister } from "./attendance/types.ts";
export { recordAttendance } from "./attendance/recordAttendance.ts";
export type { AttendanceEntry } from "./attendance/recordAttendance.ts";
export { summariseCompletion } from "./attendance/summariseCompletion.ts";
export type {
  CarerCompletion,
  CompletionRule,
  SummariseCompletionOptions,
} from "./attendance/summariseCompletion.ts";

export { pairBuddies } from "./buddies/pairBuddies.ts";
export type {
  BuddyCandidate,
  BuddyPair,
  BuddyPairing,
  PairBuddiesOptions,
} from "./buddies/pairBuddies.ts";
