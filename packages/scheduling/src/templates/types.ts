/**
 * The kinds of block a session's agenda is made of.
 *
 * @example
 * const kind: AgendaBlockKind = "social";
 */
export type AgendaBlockKind = "check_in" | "content" | "social" | "check_out";

/**
 * One block of a session's agenda.
 *
 * @example
 * const block: AgendaBlock = { kind: "social", title: "Social time with refreshments", minutes: 30 };
 */
export interface AgendaBlock {
  readonly kind: AgendaBlockKind;
  readonly title: string;
  readonly minutes: number;
}

/**
 * One session of a programme template, in programme order.
 *
 * @example
 * const session: SessionTemplate = {
 *   theme: "self_care",
 *   title: "Self care",
 *   durationMinutes: 120,
 *   agenda: [
 *     { kind: "check_in", title: "Check-in", minutes: 15 },
 *     { kind: "content", title: "Self care", minutes: 60 },
 *     { kind: "social", title: "Social time with refreshments", minutes: 30 },
 *     { kind: "check_out", title: "Check-out", minutes: 15 },
 *   ],
 *   facilitatorsRequired: 2,
 *   requiredQualifications: ["palliative_care_social_worker"],
 *   caredForInvited: false,
 * };
 */
export interface SessionTemplate {
  /** Machine-readable theme, e.g. `nutrition`. */
  readonly theme: string;
  /** Title shown to carers and in calendars. */
  readonly title: string;
  /** Length in minutes; equals the sum of the agenda's minutes. */
  readonly durationMinutes: number;
  readonly agenda: readonly AgendaBlock[];
  /** How many facilitators must run it. */
  readonly facilitatorsRequired: number;
  /** Qualifications every facilitator of this session must hold. */
  readonly requiredQualifications: readonly string[];
  /** Whether the cared-for person is invited too. */
  readonly caredForInvited: boolean;
  /** Free-text description for carers and calendars. */
  readonly description?: string | undefined;
}

/**
 * A programme: an ordered list of sessions to deliver.
 *
 * @example
 * const template: ProgrammeTemplate = { id: "walk-and-talk", name: "Walk and talk", sessions: [session] };
 */
export interface ProgrammeTemplate {
  readonly id: string;
  readonly name: string;
  readonly description?: string | undefined;
  readonly sessions: readonly SessionTemplate[];
}
