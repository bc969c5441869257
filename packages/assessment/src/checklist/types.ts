/**
 * One domain of a support-needs checklist: an area where a carer may want more support.
 *
 * @example
 * const domain: ChecklistDomain = { id: "breaks_from_caring", label: "Time for yourself and breaks from caring" };
 */
export interface ChecklistDomain {
  /** Stable id, unique within the checklist. */
  readonly id: string;
  /** What the carer sees. */
  readonly label: string;
  /** More detail, if any. */
  readonly description?: string | undefined;
}

/**
 * A carer-led support-needs checklist: content-agnostic, so a service can load its own tool's
 * domains (for example under a CSNAT licence) or use {@link CORE_SUPPORT_NEEDS_CHECKLIST}.
 * It is not a scale and has no total.
 *
 * @example
 * const checklist: Checklist = { id: "local", title: "Our checklist", version: "1", source: "Our service", domains: [] };
 */
export interface Checklist {
  /** Stable id. */
  readonly id: string;
  /** Title. */
  readonly title: string;
  /** Version of the content. */
  readonly version: string;
  /** Where the content comes from, and under what licence. */
  readonly source: string;
  /** The domains, in the order the carer sees them. */
  readonly domains: readonly ChecklistDomain[];
}

/**
 * How much more support the carer wants in a domain.
 *
 * @example
 * const level: SupportLevel = "a_lot";
 */
export type SupportLevel = "not_needed" | "some" | "a_lot";

/**
 * The carer's answer for one domain.
 *
 * @example
 * const answer: DomainAnswer = { domain: "money_and_benefits", level: "a_lot", carerPriority: 1 };
 */
export interface DomainAnswer {
  /** The domain id. */
  readonly domain: string;
  /** How much more support is wanted. */
  readonly level: SupportLevel;
  /** The carer's own ranking, 1 = most important to them (carer-led prioritisation). */
  readonly carerPriority?: number | undefined;
  /** The carer's words, kept as written. */
  readonly note?: string | undefined;
}

/**
 * A completed checklist.
 *
 * @example
 * const completed: CompletedChecklist = { checklistId: "carerkit_core", completedOn: "2026-11-22", answers: [] };
 */
export interface CompletedChecklist {
  /** The checklist answered. */
  readonly checklistId: string;
  /** ISO 8601 date. */
  readonly completedOn: string;
  /** One answer per domain answered. */
  readonly answers: readonly DomainAnswer[];
}

/**
 * A need found by {@link prioritiseNeeds}, in priority order.
 *
 * @example
 * const need: PrioritisedNeed = { rank: 1, domain: "money_and_benefits", label: "Money and benefits", level: "a_lot", carerPriority: 1 };
 */
export interface PrioritisedNeed {
  /** 1 for the first need to address. */
  readonly rank: number;
  /** The domain id. */
  readonly domain: string;
  /** The domain's label. */
  readonly label: string;
  /** How much more support is wanted. */
  readonly level: Exclude<SupportLevel, "not_needed">;
  /** The carer's own ranking, if given. */
  readonly carerPriority?: number | undefined;
  /** The carer's words. */
  readonly note?: string | undefined;
}
