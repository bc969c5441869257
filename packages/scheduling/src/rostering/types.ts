import type { CarerKitIssue } from "@carerkit/core";
import type { SchedulingIssue } from "../errors.ts";

/**
 * A time a facilitator cannot work: a whole local date (`YYYY-MM-DD`, in each session's zone)
 * or a span between two UTC instants.
 *
 * @example
 * const leave: Unavailability = { date: "2025-03-12", reason: "annual leave" };
 * const clinic: Unavailability = { start: "2025-03-17T09:00:00Z", end: "2025-03-17T13:00:00Z" };
 */
export type Unavailability =
  | { readonly date: string; readonly reason?: string | undefined }
  | { readonly start: string; readonly end: string; readonly reason?: string | undefined };

/**
 * Someone who can run sessions.
 *
 * @example
 * const bob: Facilitator = {
 *   id: "f-bob",
 *   name: "Bob",
 *   qualifications: ["palliative_care_social_worker"],
 *   unavailable: [{ date: "2025-03-12" }],
 *   maxSessions: 6,
 * };
 */
export interface Facilitator {
  readonly id: string;
  /** Shown in explanations, e.g. `Bob: unavailable 12 Mar 2025`. */
  readonly name: string;
  readonly qualifications: readonly string[];
  readonly unavailable?: readonly Unavailability[] | undefined;
  /** Most sessions this facilitator may take in this roster. */
  readonly maxSessions?: number | undefined;
}

/**
 * The facilitators assigned to one session.
 *
 * @example
 * const a: RosterAssignment = { sessionId: "bt-s1", facilitatorIds: ["f-ann", "f-bob"] };
 */
export interface RosterAssignment {
  readonly sessionId: string;
  readonly facilitatorIds: readonly string[];
}

/**
 * A complete roster: every session staffed.
 *
 * @example
 * roster.assignments[0]; //=> { sessionId: "bt-s1", facilitatorIds: ["f-ann", "f-bob"] }
 * roster.load; //=> { "f-ann": 8, "f-bob": 8 }
 */
export interface Roster {
  readonly assignments: readonly RosterAssignment[];
  /** Sessions per facilitator id. */
  readonly load: Readonly<Record<string, number>>;
}

/**
 * Why one facilitator cannot take one session.
 *
 * @example
 * const why: FacilitatorExclusion = { facilitatorId: "f-eve", name: "Eve", reason: "not_qualified", detail: "not qualified" };
 */
export interface FacilitatorExclusion {
  readonly facilitatorId: string;
  readonly name: string;
  readonly reason: "not_qualified" | "unavailable" | "double_booked" | "max_load";
  /** Short human text, e.g. `unavailable 12 Mar 2025`. */
  readonly detail: string;
}

/**
 * A session no roster can staff, with every facilitator's reason.
 *
 * @example
 * unstaffable.summary; //=> "Bob: unavailable 12 Mar 2025; Eve: not qualified"
 */
export interface UnstaffableSession {
  readonly sessionId: string;
  readonly date: string;
  readonly needed: number;
  /** How many facilitators the best possible roster could give it. */
  readonly possible: number;
  readonly exclusions: readonly FacilitatorExclusion[];
  /** `Name: reason; Name: reason`, one entry per facilitator who cannot take it. */
  readonly summary: string;
}

/**
 * The failure returned when no roster exists: which sessions cannot be staffed and why, and
 * the bottleneck found by the min cut (sessions whose demand exceeds what their candidate
 * facilitators can supply).
 *
 * @example
 * if (!result.success && result.error.code === "unstaffable") result.error.sessions[0]?.summary;
 */
export interface RosterInfeasibility extends SchedulingIssue {
  readonly code: "unstaffable";
  readonly sessions: readonly UnstaffableSession[];
  readonly bottleneck: {
    readonly sessionIds: readonly string[];
    readonly demand: number;
    readonly supply: number;
    readonly candidateIds: readonly string[];
  };
}

/**
 * What {@link rosterFacilitators} fails with: no roster exists (`unstaffable`, with the
 * explanation), or the input is malformed (`invalid_input`, `invalid_argument`, `out_of_span`).
 *
 * @example
 * if (!result.success && result.error.code === "unstaffable") show(result.error.sessions);
 */
export type RosterError =
  RosterInfeasibility | CarerKitIssue<"invalid_input" | "invalid_argument" | "out_of_span">;
