/**
 * One carer's attendance at one session.
 *
 * @example
 * const mark: AttendanceMark = "apologies";
 */
export type AttendanceMark = "attended" | "apologies" | "no_show";

/**
 * The attendance register of a programme: per session id, per carer id, a mark. Keyed by
 * session id, so it survives reschedules.
 *
 * @example
 * const register: AttendanceRegister = {
 *   programmeId: "bt-spring",
 *   sessions: { "bt-spring-s1": { "c-1": "attended", "c-2": "apologies" } },
 * };
 */
export interface AttendanceRegister {
  readonly programmeId: string;
  readonly sessions: Readonly<Record<string, Readonly<Record<string, AttendanceMark>>>>;
}
