/**
 * Who is enrolled in one run of a programme and who is waiting. Carers are referred to by
 * pseudonymous ids only.
 *
 * @example
 * const cohort: Cohort = { programmeId: "bt-spring", capacity: 12, enrolled: ["c-1"], waitingList: [] };
 */
export interface Cohort {
  readonly programmeId: string;
  /** Most carers enrolled at once. */
  readonly capacity: number;
  /** Enrolled carer ids, in enrolment order. */
  readonly enrolled: readonly string[];
  /** Waiting carer ids, first come first served. */
  readonly waitingList: readonly string[];
}
