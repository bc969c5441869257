export type { SchedulingErrorCode, SchedulingIssue } from "./errors.ts";
export { expandRecurrence } from "./recurrence/expandRecurrence.ts";
export type {
  ExpandRecurrenceOptions,
  ExpandedOccurrence,
  Recurrence,
} from "./recurrence/expandRecurrence.ts";
