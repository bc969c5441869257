import type { Feedback, OutreachEvent, SupportContact, ThemeCodebook } from "@carerkit/core";
import type { PublishedTable } from "../disclosure/suppressSmallNumbers.ts";
import type { FairnessRecord, FairnessTable } from "../fairness/breakDownFairness.ts";
import type { ConfidenceInterval } from "../types.ts";
import type { Withheld } from "./withheld.ts";

/**
 * The records behind the report's service sections; each part is optional and its section is
 * `null` when it is left out.
 *
 * @example
 * const service: ServiceRecords = { contacts, outreach: events, fairness: records };
 */
export interface ServiceRecords {
  /** Support contacts, for the casework section. */
  readonly contacts?: readonly SupportContact[] | undefined;
  /** Outreach events, for the outreach section. */
  readonly outreach?: readonly OutreachEvent[] | undefined;
  /** One record per carer reached, with equality answers, for the fair-treatment section. */
  readonly fairness?: readonly FairnessRecord[] | undefined;
  /** Feedback, for the carer-voice section, with the day open deadlines are judged on. */
  readonly feedback?:
    | {
        readonly items: readonly Feedback[];
        readonly asOf: string;
        /** Bank holidays and closures (e.g. from scheduling's `listHolidays`). */
        readonly holidays?: readonly string[] | undefined;
        readonly codebook?: ThemeCodebook | undefined;
        /** Working days to acknowledge a complaint (default 3). */
        readonly acknowledgeWithinWorkingDays?: number | undefined;
      }
    | undefined;
}

/**
 * The report's service sections, every count protected.
 *
 * @example
 * const sections: ServiceSections = report.service;
 */
export interface ServiceSections {
  /** Casework by kind: contacts kind × month, carers supported kind × month, per worker. */
  readonly casework: {
    readonly carersSupported: PublishedTable;
    readonly contactsByKind: PublishedTable;
    readonly carersByKind: PublishedTable;
    readonly byWorker: PublishedTable;
  } | null;
  /** Outreach reach by kind of event, and the conversion of carers identified into referrals. */
  readonly outreach: {
    readonly byKind: PublishedTable;
    readonly conversion:
      { readonly percentage: number; readonly confidenceInterval: ConfidenceInterval } | Withheld;
  } | null;
  /** Reach, assessment, support and outcomes by each equality field. */
  readonly fairness: readonly FairnessTable[] | null;
  /** Feedback by theme and kind over time, and complaints against their deadlines. */
  readonly voice: {
    readonly themes: PublishedTable;
    readonly kinds: PublishedTable;
    readonly acknowledgement: PublishedTable;
    /** Per-session programme feedback: session × rating 1–5. */
    readonly sessionRatings: PublishedTable;
  } | null;
}
