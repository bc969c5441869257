import type { EvaluationRow } from "./evaluationDataset.ts";
import type { ConfidenceInterval, HypothesisTest, ScoreDirection } from "../types.ts";
import type { SuppressionRule } from "../disclosure/suppressionRules.ts";
import { SUPPRESSION_RULES } from "../disclosure/suppressionRules.ts";
import {
  suppressSmallNumbers,
  type CountTableInput,
  type PublishedTable,
  type SuppressionOptions,
} from "../disclosure/suppressSmallNumbers.ts";
import type { PairedEffectSizes } from "../_lib/effectSizes.ts";
import { summarisePairedOutcomes } from "../paired/summarisePairedOutcomes.ts";
import { summariseLikert } from "../likert/summariseLikert.ts";
import { summariseRetention, type AttendanceRecord } from "../attendance/summariseRetention.ts";
import { summariseReach } from "../reach/summariseReach.ts";

/** The outcome measure the dataset's `pre` and `post` columns hold. */
export interface OutcomeMeasure {
  /** Its name, e.g. "SWEMWBS". */
  readonly name: string;
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
  /** The outcome measure in `pre` and `post`. */
  readonly outcome: OutcomeMeasure;
  /** Number of sessions in the programme (needed for retention). */
  readonly sessions?: number | undefined;
  /** Likert scale points of `satisfaction` (default 1–5). */
  readonly satisfactionLevels?: readonly number[] | undefined;
  /** Disclosure rule (default NHS Digital 2018); `false` only for internal, unpublished use. */
  readonly suppression?: SuppressionRule | false | undefined;
  /** Confidence level (default 0.95). */
  readonly confidenceLevel?: number | undefined;
}

/**
 * A statistic withheld because it rests on too few people, or could not be computed.
 *
 * @example
 * const withheld: Withheld = { withheld: true, reason: "based on fewer than 8 people" };
 */
export interface Withheld {
  /** Always `true`. */
  readonly withheld: true;
  /** Why, without any data. */
  readonly reason: string;
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
  /** The outcome measure section. */
  readonly outcome: {
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
  };
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
}

const NO_RULE: SuppressionRule = { name: "none", threshold: 0, roundTo: 1, secondary: false };

/**
 * Builds the structured evaluation report from a dataset: outcome statistics, change and
 * reliable change, satisfaction, completion and retention, reach. Small-number suppression is
 * applied to every count table (default NHS Digital 2018 with secondary suppression);
 * percentages come from published counts; means, tests, effect sizes, medians and curves are
 * withheld when they rest on fewer people than the rule's threshold + 1. The result holds no
 * row-level data and no identifier.
 *
 * @param rows - The dataset, e.g. from `readEvaluationCsv` in `@carerkit/evaluation/report`.
 * @param options - Title, outcome measure, sessions, scale, disclosure rule, confidence level.
 * @returns The report, ready for `renderEvaluationReportHtml` or `toReportCsvTables`.
 * @example
 * const report = buildEvaluationReport(rows, {
 *   title: "Better Together carers' programme 2026",
 *   outcome: { name: "SWEMWBS", min: 7, max: 35, reliability: 0.84, minimalImportantChange: 3 },
 *   sessions: 6,
 * });
 */
export function buildEvaluationReport(
  rows: readonly EvaluationRow[],
  options: EvaluationReportOptions,
): EvaluationReport {
  const rule =
    options.suppression === false
      ? NO_RULE
      : (options.suppression ?? SUPPRESSION_RULES.nhsDigital2018);
  const level = options.confidenceLevel ?? 0.95;
  const minimumN = rule.threshold + 1;
  const publish = (table: CountTableInput, options?: SuppressionOptions): PublishedTable =>
    suppressSmallNumbers(table, rule, options);
  // For tables whose columns are not parts of one whole (Before/After, Identified/Supported).
  const noRowTotals: SuppressionOptions = { rowTotals: false };
  const withheld = (): Withheld => ({
    withheld: true,
    reason: `based on fewer than ${minimumN} people`,
  });
  const failed = (message: string): Withheld => ({ withheld: true, reason: message });

  const paired = rows.filter(
    (r): r is EvaluationRow & { pre: number; post: number } =>
      r.pre !== undefined && r.post !== undefined,
  );
  const pre = paired.map((r) => r.pre);
  const post = paired.map((r) => r.post);
  const measure = options.outcome;
  const direction = measure.direction ?? "higher-is-better";
  const summary = summarisePairedOutcomes(pre, post, {
    direction,
    confidenceLevel: level,
    minimalImportantChange: measure.minimalImportantChange,
    reliability: measure.reliability,
    cutoff: measure.cutoff,
  });

  let statistics: PublishedOutcomeStatistics | Withheld;
  if (paired.length < minimumN) statistics = withheld();
  else if (!summary.success) statistics = failed(summary.error.message);
  else {
    const s = summary.data;
    statistics = {
      n: s.n,
      pre: s.pre,
      post: s.post,
      difference: s.difference,
      tTest: s.tTest,
      wilcoxon: s.wilcoxon.success ? s.wilcoxon.data : failed(s.wilcoxon.error.message),
      effectSizes: s.effectSizes.success ? s.effectSizes.data : failed(s.effectSizes.error.message),
    };
  }

  const cd = summary.success ? summary.data.changeDirections : undefined;
  const changeDirections = shares(
    publish(
      oneWay(
        [
          ["Improved", cd?.improved.count ?? 0],
          ["Unchanged", cd?.unchanged.count ?? 0],
          ["Deteriorated", cd?.deteriorated.count ?? 0],
        ],
        "People",
      ),
    ),
  );
  const mic = cd?.meetingMinimalImportantChange;
  const minimalImportantChange = mic
    ? shares(
        publish(
          oneWay(
            [
              ["Met the minimal important change", mic.count],
              ["Did not", mic.total - mic.count],
            ],
            "People",
          ),
        ),
      )
    : null;

  const rc = summary.success ? summary.data.reliableChange : undefined;
  const reliableChange =
    rc?.success === true
      ? shares(
          publish(
            oneWay(
              [
                ["Recovered (reliable and clinically significant)", rc.data.counts.recovered],
                ["Reliably improved", rc.data.counts.improved],
                ["No reliable change", rc.data.counts.unchanged],
                ["Reliably deteriorated", rc.data.counts.deteriorated],
              ],
              "People",
            ),
          ),
        )
      : null;

  // Distributions for the charts: binned, then protected like any other table.
  const low = measure.min ?? Math.min(...pre, ...post);
  const high = measure.max ?? Math.max(...pre, ...post);
  const scoreBins = paired.length === 0 ? [] : bins(low, high, 10);
  const distribution = publish(
    {
      rows: scoreBins.map((b) => b.label),
      columns: ["Before", "After"],
      counts: scoreBins.map((b) => [
        pre.filter((x) => b.contains(x)).length,
        post.filter((x) => b.contains(x)).length,
      ]),
    },
    noRowTotals,
  );
  const changes = paired.map((r) =>
    direction === "higher-is-better" ? r.post - r.pre : r.pre - r.post,
  );
  const span = Math.max(1, ...changes.map(Math.abs));
  const changeBinList = paired.length === 0 ? [] : changeBins(Math.ceil(span), 6);
  const changeDistribution = publish({
    rows: changeBinList.map((b) => b.label),
    columns: ["People"],
    counts: changeBinList.map((b) => [changes.filter((x) => b.contains(x)).length]),
  });

  // Satisfaction.
  const levels = options.satisfactionLevels ?? [1, 2, 3, 4, 5];
  const answers = rows.flatMap((r) => (r.satisfaction === undefined ? [] : [r.satisfaction]));
  const likert = summariseLikert(answers, { levels, confidenceLevel: level });
  const satisfactionTable = shares(
    publish(
      oneWay(
        levels.map((l) => [String(l), answers.filter((a) => a === l).length]),
        "People",
      ),
    ),
  );
  const likertOk = likert.success && answers.length >= minimumN ? likert : undefined;
  const satisfaction: EvaluationReport["satisfaction"] = {
    median: likertOk ? likertOk.data.median : withheld(),
    topBox:
      likertOk && !isSmall(likertOk.data.topBox.count, likertOk.data.n, rule)
        ? {
            levels: likertOk.data.topBoxLevels,
            percentage: 100 * likertOk.data.topBox.proportion,
            confidenceInterval: likertOk.data.topBox.confidenceInterval,
          }
        : withheld(),
    distribution: satisfactionTable,
  };

  // Retention.
  const attendance = rows.flatMap((r): AttendanceRecord[] =>
    r.lastSessionAttended === undefined || r.status === undefined
      ? []
      : [{ lastSessionAttended: r.lastSessionAttended, status: r.status }],
  );
  const sessions = options.sessions ?? Math.max(1, ...attendance.map((a) => a.lastSessionAttended));
  const retentionResult = summariseRetention(attendance, { sessions, confidenceLevel: level });
  const dropoutCounts = Array.from(
    { length: sessions + 1 },
    (_, k) =>
      attendance.filter((a) => a.status === "dropped-out" && a.lastSessionAttended === k).length,
  );
  const retention: EvaluationReport["retention"] = {
    completion:
      retentionResult.success &&
      retentionResult.data.completion.total >= minimumN &&
      !isSmall(retentionResult.data.completion.count, retentionResult.data.completion.total, rule)
        ? {
            percentage: 100 * retentionResult.data.completion.proportion,
            confidenceInterval: retentionResult.data.completion.confidenceInterval,
          }
        : withheld(),
    curve:
      retentionResult.success && attendance.length >= minimumN
        ? retentionResult.data.curve.map((s) => ({
            session: s.session,
            retained: s.retained,
            confidenceInterval: s.confidenceInterval,
          }))
        : withheld(),
    dropout: publish(
      oneWay(
        dropoutCounts.map((count, k) => [k === 0 ? "Never attended" : `After session ${k}`, count]),
        "People",
      ),
    ),
  };

  // Reach.
  const reachSummary = summariseReach(
    rows.map((r) => ({
      period: r.period ?? "Not recorded",
      referralSource: r.referralSource,
      supported: r.supported ?? true,
    })),
  );
  const reach = {
    byPeriod: publish(
      {
        rows: reachSummary.byPeriod.map((p) => p.key),
        columns: ["Identified", "Supported"],
        counts: reachSummary.byPeriod.map((p) => [p.identified, p.supported]),
      },
      noRowTotals,
    ),
    bySource: publish(
      {
        rows: reachSummary.bySource.map((p) => p.key),
        columns: ["Identified", "Supported"],
        counts: reachSummary.bySource.map((p) => [p.identified, p.supported]),
      },
      noRowTotals,
    ),
  };

  const completeness = publish(
    oneWay(
      [
        ["Rows", rows.length],
        ["Both outcome scores", paired.length],
        ["Attendance recorded", attendance.length],
        ["Satisfaction answered", answers.length],
      ],
      "Rows",
    ),
    { columnTotals: false },
  );

  return {
    title: options.title,
    rule: options.suppression === false ? null : rule,
    confidenceLevel: level,
    completeness,
    outcome: {
      measure,
      statistics,
      changeDirections,
      minimalImportantChange,
      reliableChange,
      distribution,
      changeDistribution,
    },
    satisfaction,
    retention,
    reach,
  };
}

// A share is disclosive when either the count or its complement is a small number.
function isSmall(count: number, total: number, rule: SuppressionRule): boolean {
  const small = (x: number): boolean => x >= 1 && x <= rule.threshold;
  return small(count) || small(total - count);
}

function oneWay(entries: readonly (readonly [string, number])[], column: string): CountTableInput {
  return { rows: entries.map((e) => e[0]), columns: [column], counts: entries.map((e) => [e[1]]) };
}

function shares(table: PublishedTable): PublishedShareTable {
  return {
    table,
    percentages: table.cells.map((row) =>
      row.map((cell, c) => {
        const total = table.columnTotals[c]?.value;
        return cell.value === null || total === null || total === undefined || total === 0
          ? null
          : (100 * cell.value) / total;
      }),
    ),
  };
}

interface Bin {
  readonly label: string;
  readonly contains: (x: number) => boolean;
}

// Up to `most` equal-width integer bins covering low…high.
function bins(low: number, high: number, most: number): Bin[] {
  const from = Math.floor(low);
  const to = Math.ceil(high);
  const width = Math.max(1, Math.ceil((to - from + 1) / most));
  const out: Bin[] = [];
  for (let start = from; start <= to; start += width)
    out.push(bin(start, Math.min(to, start + width - 1)));
  return out;
}

// The bin of integers start…end; non-integers fall in the bin of their floor.
function bin(start: number, end: number): Bin {
  return {
    label: start === end ? String(start) : `${start} to ${end}`,
    contains: (x) => x >= start && x < end + 1,
  };
}

// Bins of change: ≤ `most` negative bins, a bin for 0, ≤ `most` positive bins.
function changeBins(span: number, most: number): Bin[] {
  const width = Math.max(1, Math.ceil(span / most));
  const positive: Bin[] = [];
  const negative: Bin[] = [];
  for (let start = 1; start <= span; start += width) {
    const end = Math.min(span, start + width - 1);
    positive.push(bin(start, end));
    negative.unshift({
      label: start === end ? String(-start) : `${-end} to ${-start}`,
      contains: (x) => x <= -start && x > -end - 1,
    });
  }
  const zero: Bin = { label: "0", contains: (x) => x > -1 && x < 1 };
  return [...negative, zero, ...positive];
}
