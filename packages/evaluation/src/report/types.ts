import type { Withheld } from "./withheld.ts";
import type { ConfidenceInterval, HypothesisTest, ScoreDirection } from "../types.ts";
import type { SuppressionRule } from "../disclosure/suppressionRules.ts";
import type { PublishedTable } from "../disclosure/suppressSmallNumbers.ts";
import type { PairedEffectSizes } from "../_lib/effectSizes.ts";
import type { PathwayReportInput } from "../pathway/PathwayReportInput.ts";
import type { PathwayFunnel } from "../pathway/summarisePathwayFunnel.ts";
import type { Feedback, OutreachEvent, SupportContact, ThemeCodebook } from "@carerkit/core";
import type { FairnessRecord, FairnessTable } from "../fairness/breakDownFairness.ts";

/** An outcome measure: the dataset's `pre` and `post` columns, or one of each row's `outcomes`. */
export interface OutcomeMeasure {
  /** Its name, e.g. "SWEMWBS". */
  readonly name: string;
  /**
   * The key of this measure's scores in each row's `outcomes` (e.g. `"ucla3"`); omit for the
   * row's own `pre` and `post`.
   */
  readonly key?: string | undefined;
  /** Which way is better (default `"higher-is-better"`). */
  readonly direction?: ScoreDirection | undefined;
  /** Lowest possible score, for the distribution chart's bins (default: lowest observed). */
  readonly min?: number | undefined;
  /** Highest possible score (default: highest observed). */
  readonly max?: number | undefined;
  /** Reliability for Jacobson–Truax reliable change. */
  readonly reliability?: number | undefined;
  /** Minimal important change, e.g. 3 for WEMWBS. */
  readonly minimalImportantChange?: number | undefined;
  /** Clinical cut-off for clinically significant change. */
  readonly cutoff?: number | undefined;
}

/** Options for {@link buildEvaluationReport}. */
export interface EvaluationReportOptions {
  /** The report's title. */
  readonly title: string;
  /** The main outcome measure (usually in `pre` and `post`). */
  readonly outcome: OutcomeMeasure;
  /**
   * Further outcome measures, each with a `key` into the rows' `outcomes`; each gets its own
   * paired analysis, tables and charts (in `outcomes`).
   */
  readonly outcomes?: readonly OutcomeMeasure[] | undefined;
  /** Casework, outreach, fairness and carer-voice records for those sections (all optional). */
  readonly service?: ServiceRecords | undefined;
  /** Number of sessions in the programme (needed for retention). */
  readonly sessions?: number | undefined;
  /** Likert scale points of `satisfaction` (default 1–5). */
  readonly satisfactionLevels?: readonly number[] | undefined;
  /** Disclosure rule (default NHS Digital 2018); `false` only for internal, unpublished use. */
  readonly suppression?: SuppressionRule | false | undefined;
  /** Confidence level (default 0.95). */
  readonly confidenceLevel?: number | undefined;
  /** Referrals for the pathway funnel section, protected with the report's rule. */
  readonly pathway?: PathwayReportInput | undefined;
}

/** Paired statistics as published: safe to print once n passes the rule's threshold. */
export interface PublishedOutcomeStatistics {
  /** Number of complete pairs. */
  readonly n: number;
  /** Mean and SD before. */
  readonly pre: { readonly mean: number; readonly sd: number };
  /** Mean and SD after. */
  readonly post: { readonly mean: number; readonly sd: number };
  /** Mean and SD of the change, with the confidence interval of the mean. */
  readonly difference: {
    readonly mean: number;
    readonly sd: number;
    readonly confidenceInterval: ConfidenceInterval;
  };
  /** Paired t-test. */
  readonly tTest: HypothesisTest;
  /** Wilcoxon signed-rank test, or why not. */
  readonly wilcoxon: HypothesisTest | Withheld;
  /** Effect sizes, or why not. */
  readonly effectSizes: PairedEffectSizes | Withheld;
}

/** A published table with each row's percentage of the column total, from published counts. */
export interface PublishedShareTable {
  /** The protected counts. */
  readonly table: PublishedTable;
  /** percentages[row][column], or `null` where the count or total is suppressed. */
  readonly percentages: readonly (readonly (number | null)[])[];
}

/** One outcome measure's section of the report: its statistics, change tables and distributions. */
export interface OutcomeSection {
  readonly measure: OutcomeMeasure;
  readonly statistics: PublishedOutcomeStatistics | Withheld;
  /** Improved / unchanged / deteriorated / met the MIC. */
  readonly changeDirections: PublishedShareTable;
  /** Met / did not meet the minimal important change, when one was given. */
  readonly minimalImportantChange: PublishedShareTable | null;
  /** Jacobson–Truax categories, when a reliability was given. */
  readonly reliableChange: PublishedShareTable | null;
  /** Score bins × Before/After. */
  readonly distribution: PublishedTable;
  /** Change bins × People. */
  readonly changeDistribution: PublishedTable;
}

/** The structured evaluation report: every count protected, every small-n statistic withheld. */
export interface EvaluationReport {
  /** The title. */
  readonly title: string;
  /** The disclosure rule applied, or `null` when suppression was turned off. */
  readonly rule: SuppressionRule | null;
  /** The confidence level of every interval. */
  readonly confidenceLevel: number;
  /** Which rows could be used for which analysis (protected counts). */
  readonly completeness: PublishedTable;
  /** The main outcome measure's section. */
  readonly outcome: OutcomeSection;
  /** Every outcome measure's section, the main one first. */
  readonly outcomes: readonly OutcomeSection[];

  /** The satisfaction item. */
  readonly satisfaction: {
    readonly median: number | Withheld;
    readonly topBox:
      | {
          readonly levels: readonly number[];
          readonly percentage: number;
          readonly confidenceInterval: ConfidenceInterval;
        }
      | Withheld;
    readonly distribution: PublishedShareTable;
  };
  /** Attendance and retention. */
  readonly retention: {
    readonly completion:
      { readonly percentage: number; readonly confidenceInterval: ConfidenceInterval } | Withheld;
    /** Kaplan–Meier curve by session (no counts), withheld for small cohorts. */
    readonly curve:
      | readonly {
          readonly session: number;
          readonly retained: number;
          readonly confidenceInterval: ConfidenceInterval;
        }[]
      | Withheld;
    /** Dropouts by last session attended. */
    readonly dropout: PublishedTable;
  };
  /** Reach by period and referral source. */
  readonly reach: {
    readonly byPeriod: PublishedTable;
    readonly bySource: PublishedTable;
  };
  /** Casework, outreach, fair treatment and carer voice; each `null` when no records were given. */
  readonly service: ServiceSections;
  /** The commissioner's funnel of the pathway, when referrals were given. */
  readonly pathway: PathwayFunnel | null;
}

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
    /** Contacts per worker × kind; workers are "Worker 1", "Worker 2"… in id order, never named. */
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

export type { Withheld } from "./withheld.ts";
