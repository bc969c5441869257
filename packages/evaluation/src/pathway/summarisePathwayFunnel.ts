import { checkArgument, ReferralSchema } from "@carerkit/core";
import { checkSchemaRecords } from "../_lib/checkRecords.ts";
import {
  checkReferralStandards,
  countWorkingDays,
  DEFAULT_PATHWAY_TIME_ZONE,
  ReferralSourceSchema,
  type PathwayClockOptions,
  type Referral,
  type ReferralStandard,
} from "@carerkit/core";
import type { PublishedTable } from "../disclosure/suppressSmallNumbers.ts";
import { SUPPRESSION_RULES, type SuppressionRule } from "../disclosure/suppressionRules.ts";
import { suppressSmallNumbers } from "../disclosure/suppressSmallNumbers.ts";
import { quartilesOf } from "../_lib/pathway/quartiles.ts";
import { derivedTable, reachedCounts } from "../_lib/pathway/reachedCounts.ts";
import { stagesOf, type ReferralStages } from "../_lib/pathway/stageDates.ts";
import { FUNNEL_STAGES, type FunnelStage } from "./funnelStages.ts";

/** Options for {@link summarisePathwayFunnel}. */
export interface PathwayFunnelOptions extends PathwayClockOptions {
  /** Service standards to count breaches of (default none). */
  readonly standards?: readonly ReferralStandard[] | undefined;
  /** Days between stages in `calendar` (default) or `working` days. */
  readonly days?: "calendar" | "working" | undefined;
  /** Disclosure rule (default NHS Digital 2018); `false` only for internal, unpublished use. */
  readonly suppression?: SuppressionRule | false | undefined;
}

/**
 * Days between two stages over the referrals that reached both, or why they are withheld.
 *
 * @example
 * const time: StageInterval = { from: "received", to: "contacted", n: 40, median: 3, lowerQuartile: 1, upperQuartile: 6 };
 */
export type StageInterval =
  | {
      readonly from: FunnelStage;
      readonly to: FunnelStage;
      /** How many referrals reached both stages, rounded like the published counts. */
      readonly n: number;
      readonly median: number;
      readonly lowerQuartile: number;
      readonly upperQuartile: number;
    }
  | {
      readonly from: FunnelStage;
      readonly to: FunnelStage;
      readonly withheld: true;
      /** Why, without any data. */
      readonly reason: string;
    };

/**
 * Conversion from one stage to another, from published counts: `null` where either count is
 * suppressed or the first is 0.
 *
 * @example
 * const step: StageConversion = { from: "contacted", to: "assessed", percentage: 75 };
 */
export interface StageConversion {
  readonly from: FunnelStage;
  readonly to: FunnelStage;
  readonly percentage: number | null;
}

/**
 * The funnel of one group (all referrals, one source or one month): referrals that reached each
 * stage, and the conversions, all derived from published counts.
 *
 * @example
 * const group: FunnelGroup = { label: "GP", reached: [40, 35, 25, 20, 10], conversion: [] };
 */
export interface FunnelGroup {
  readonly label: string;
  /** One count per stage in {@link FUNNEL_STAGES} order; `null` where not publishable. */
  readonly reached: readonly (number | null)[];
  readonly conversion: readonly StageConversion[];
}

/**
 * The commissioner's funnel, ready to publish: every count protected, every small-n statistic
 * withheld, no row-level data and no identifier.
 *
 * @example
 * const funnel: PathwayFunnel = summarisePathwayFunnel(referrals, { asOf: "2026-12-18T17:00:00Z" });
 */
export interface PathwayFunnel {
  /** The rule applied, or `null` when suppression was turned off. */
  readonly rule: SuppressionRule | null;
  /** Referrals that reached each stage, as a one-column table (derived from `bySource`). */
  readonly stages: PublishedTable;
  /** All referrals, then one group per source, then one per month. */
  readonly overall: FunnelGroup;
  readonly sources: readonly FunnelGroup[];
  readonly months: readonly FunnelGroup[];
  /**
   * The protected table everything is derived from: referrals by source (rows) and furthest
   * stage reached (columns, disjoint), with row totals (referrals) and column totals.
   */
  readonly bySource: PublishedTable;
  /** The same by month of referral (`YYYY-MM`, local). */
  readonly byMonth: PublishedTable;
  /** Where the referrals stand now (Open, Declined, Unable to contact, Closed). */
  readonly outcomes: PublishedTable;
  /** The unit of {@link PathwayFunnel.intervals}. */
  readonly days: "calendar" | "working";
  /** Days between consecutive stages, and from referral to assessment. */
  readonly intervals: readonly StageInterval[];
  /**
   * Per standard: referrals that met it and that breached it (late, overdue or ended unmet), with
   * the row total of those it could be judged on (pending and not-applicable ones are left out).
   */
  readonly breaches: PublishedTable;
}

const FUNNEL_STAGE_LABELS: readonly string[] = FUNNEL_STAGES.map(([, label]) => label);

const NO_RULE: SuppressionRule = { name: "none", threshold: 0, roundTo: 1, secondary: false };
const SOURCE_LABELS = {
  ward: "Hospital ward or department",
  gp: "GP",
  social_care: "Social care",
  school: "School",
  outreach_event: "Outreach event",
  self: "Self-referral",
  other: "Other",
} as const;
const STAGE_KEYS: readonly FunnelStage[] = FUNNEL_STAGES.map(([s]) => s);
const INTERVALS: readonly (readonly [FunnelStage, FunnelStage])[] = [
  ["received", "contacted"],
  ["contacted", "assessed"],
  ["assessed", "plan_agreed"],
  ["plan_agreed", "reviewed"],
  ["received", "assessed"],
];
const FURTHEST = [
  "Not yet contacted",
  "Contacted, not assessed",
  "Assessed, no plan yet",
  "Plan agreed, not reviewed",
  "Reviewed",
];

function furthestIndex(r: ReferralStages): number {
  let furthest = 0;
  STAGE_KEYS.forEach((s, i) => {
    if (r.firstOn[s] !== undefined) furthest = i;
  });
  return furthest;
}

function furthestCounts(group: readonly ReferralStages[]): number[] {
  const counts = STAGE_KEYS.map(() => 0);
  for (const r of group) counts[furthestIndex(r)] = (counts[furthestIndex(r)] ?? 0) + 1;
  return counts;
}

function groupOf(label: string, reached: readonly (number | null)[]): FunnelGroup {
  const conversion = INTERVALS.map(([from, to]) => {
    const a = reached[STAGE_KEYS.indexOf(from)] ?? null;
    const b = reached[STAGE_KEYS.indexOf(to)] ?? null;
    return { from, to, percentage: a === null || b === null || a === 0 ? null : (100 * b) / a };
  });
  return { label, reached, conversion };
}

const reachedOf = (group: readonly ReferralStages[]): number[] =>
  STAGE_KEYS.map((s) => group.filter((r) => r.firstOn[s] !== undefined).length);

// The funnel of each group. Under a rounding rule (NHS Digital 2018) the "reached" counts are
// protected directly: rounding to 5 leaves any difference of two shown counts uncertain, which
// is the rule's defence against differencing. Without rounding they are derived from the
// protected disjoint table (line `r` of `disjoint`, or its totals line past the last row).
function publishGroups(
  groups: readonly (readonly [string, readonly ReferralStages[]])[],
  disjoint: PublishedTable,
  rule: SuppressionRule,
): FunnelGroup[] {
  if (rule.roundTo > 1) {
    const table = suppressSmallNumbers(
      {
        rows: groups.map(([label]) => label),
        columns: FUNNEL_STAGE_LABELS,
        counts: groups.map(([, g]) => reachedOf(g)),
      },
      rule,
      { rowTotals: false, columnTotals: false },
    );
    return groups.map(([label], r) =>
      groupOf(
        label,
        (table.cells[r] ?? []).map((c) => c.value),
      ),
    );
  }
  return groups.map(([label], r) =>
    groupOf(
      label,
      r < disjoint.rows.length
        ? reachedCounts(disjoint.cells[r] ?? [], disjoint.rowTotals[r])
        : reachedCounts(disjoint.columnTotals, disjoint.grandTotal ?? undefined),
    ),
  );
}

/**
 * The commissioner's funnel of the carer's pathway: how many referrals reached each stage
 * (referred, contacted, assessed, support plan agreed, reviewed) and the conversion between
 * stages, overall, by referral source and by month of referral; the median and interquartile
 * range of days between stages (R's default `quantile(type = 7)`); where referrals stand now;
 * and breaches of service standards (core's `checkReferralStandards`, overdue included).
 *
 * Disclosure control is applied by default (NHS Digital 2018, with secondary suppression) to the
 * disjoint table of the furthest stage each referral reached, with totals. Nested "reached"
 * counts invite differencing (40 referred, 37 contacted: 3 not contacted), so under a rule
 * without rounding every "reached" count is derived from that protected table, and no small
 * drop-off can be recovered by subtraction; under a rounding rule they are protected and rounded
 * directly, which leaves every difference uncertain. Conversions use the published counts. Days between stages are withheld
 * when fewer referrals than the rule's threshold + 1 reached both. Dates are local dates in the
 * zone (default Europe/London); working days skip the holidays passed in.
 *
 * @param referrals - Parsed referrals.
 * @param options - `asOf`, zone, holidays, standards, unit of days, disclosure rule.
 * @returns The protected funnel.
 * @throws `CarerKitError` (from `@carerkit/core`) `invalid_input` naming `asOf`, `timeZone`,
 * `holidays[i]` or a standard.
 * @example
 * const funnel = summarisePathwayFunnel(referrals, {
 *   asOf: "2026-12-18T17:00:00Z", holidays, standards: [contactWithin5WorkingDays],
 * });
 * funnel.overall.reached; //=> [120, 105, 80, 60, 25]
 */
export function summarisePathwayFunnel(
  referrals: readonly Referral[],
  options: PathwayFunnelOptions,
): PathwayFunnel {
  checkSchemaRecords(
    "summarisePathwayFunnel",
    { referrals },
    { type: "Referral", schema: ReferralSchema },
  );
  checkArgument("summarisePathwayFunnel", { options }, "plain object");
  const rule =
    options.suppression === false
      ? NO_RULE
      : (options.suppression ?? SUPPRESSION_RULES.nhsDigital2018);
  const standards = options.standards ?? [];
  const { results } = checkReferralStandards(referrals, standards, options);
  const read = referrals.map((r) => stagesOf(r, options.timeZone ?? DEFAULT_PATHWAY_TIME_ZONE));

  const sources = ReferralSourceSchema.options;
  const bySource = suppressSmallNumbers(
    {
      rows: sources.map((s) => SOURCE_LABELS[s]),
      columns: FURTHEST,
      counts: sources.map((s) => furthestCounts(read.filter((r) => r.referral.source === s))),
    },
    rule,
  );
  const months = [...new Set(read.map((r) => r.month))].sort();
  const byMonth = suppressSmallNumbers(
    {
      rows: months,
      columns: FURTHEST,
      counts: months.map((m) => furthestCounts(read.filter((r) => r.month === m))),
    },
    rule,
  );
  const sourceGroups = publishGroups(
    [
      ...sources.map(
        (s, i) => [bySource.rows[i] ?? s, read.filter((r) => r.referral.source === s)] as const,
      ),
      ["All referrals", read] as const,
    ],
    bySource,
    rule,
  );
  const overall = sourceGroups.at(-1) ?? groupOf("All referrals", []);
  const monthGroups = publishGroups(
    months.map((m) => [m, read.filter((r) => r.month === m)] as const),
    byMonth,
    rule,
  );

  const outcomeRows = ["Open", "Declined", "Unable to contact", "Closed"];
  const outcomeOf = (status: string): number =>
    Math.max(0, ["declined", "unable_to_contact", "closed"].indexOf(status) + 1);
  const outcomeCounts = outcomeRows.map(
    (_, i) => read.filter((r) => outcomeOf(r.status) === i).length,
  );
  const outcomes = suppressSmallNumbers(
    { rows: outcomeRows, columns: ["Referrals"], counts: outcomeCounts.map((n) => [n]) },
    rule,
    { columnTotals: true, rowTotals: false },
  );

  const minimumN = rule.threshold + 1;
  const unit = options.days ?? "calendar";
  const between = (from: string, to: string): number =>
    unit === "working"
      ? countWorkingDays(from, to, { holidays: options.holidays })
      : (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
  const intervals = INTERVALS.map(([from, to]): StageInterval => {
    const days = read.flatMap((r) => {
      const [a, b] = [r.firstOn[from], r.firstOn[to]];
      return a === undefined || b === undefined ? [] : [between(a, b)];
    });
    if (days.length < minimumN)
      return {
        from,
        to,
        withheld: true,
        reason: `based on fewer than ${String(minimumN)} referrals`,
      };
    return {
      from,
      to,
      n: Math.round(days.length / rule.roundTo) * rule.roundTo,
      ...quartilesOf(days),
    };
  });

  const breachCounts = standards.map((s) => {
    const judged = results.filter(
      (r) => r.standardId === s.id && r.outcome !== "not_applicable" && r.outcome !== "pending",
    );
    const met = judged.filter((r) => r.outcome === "met").length;
    return [met, judged.length - met];
  });
  const breaches = suppressSmallNumbers(
    { rows: standards.map((s) => s.label), columns: ["Met", "Breached"], counts: breachCounts },
    rule,
    { columnTotals: false },
  );

  return {
    rule: options.suppression === false ? null : rule,
    stages: derivedTable(FUNNEL_STAGE_LABELS, overall.reached, rule),
    overall,
    sources: sourceGroups.slice(0, -1),
    months: monthGroups,
    bySource,
    byMonth,
    outcomes,
    days: unit,
    intervals,
    breaches,
  };
}
