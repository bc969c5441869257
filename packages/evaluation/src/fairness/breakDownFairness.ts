import { checkArgument } from "@carerkit/core";
import { checkRecordFields } from "../_lib/checkRecords.ts";
import { ETHNIC_GROUP_OF, type EqualityField, type EqualityMonitoring } from "@carerkit/core";
import { SUPPRESSION_RULES, type SuppressionRule } from "../disclosure/suppressionRules.ts";
import { suppressSmallNumbers, type PublishedTable } from "../disclosure/suppressSmallNumbers.ts";
import { isSmall } from "../_lib/report/isSmall.ts";

/**
 * One carer reached by a service, with their equality-monitoring answers and how far they got.
 *
 * @example
 * const record: FairnessRecord = { equality: { sex: "female" }, assessed: true, supported: true, improved: false };
 */
export interface FairnessRecord {
  readonly equality?: EqualityMonitoring | undefined;
  readonly assessed?: boolean | undefined;
  readonly supported?: boolean | undefined;
  /** Whether their outcome measure improved; absent when they have no before-and-after pair. */
  readonly improved?: boolean | undefined;
}

/**
 * Options for {@link breakDownFairness}.
 *
 * @example
 * const options: FairnessOptions = { fields: ["ethnicity", "sex"], rule: SUPPRESSION_RULES.legacy1to5 };
 */
export interface FairnessOptions {
  /** The equality fields to break down by (default all eight, in the core schema's order). */
  readonly fields?: readonly EqualityField[] | undefined;
  /** Ethnicity as the five ONS 2021 high-level groups (default) or the 19 detailed ones. */
  readonly ethnicity?: "high_level" | "detailed" | undefined;
  /** The disclosure rule (default NHS Digital 2018, with secondary suppression). */
  readonly rule?: SuppressionRule | undefined;
}

/**
 * The breakdown by one equality field, ready to publish.
 *
 * @example
 * const table: FairnessTable = breakDownFairness(records).tables[0];
 */
export interface FairnessTable {
  readonly field: EqualityField;
  /**
   * Category × Reached, Assessed, Supported, Outcome measured, Improved, protected by the rule
   * (columns are stages, not parts of a whole: no row totals). Categories with fewer than
   * threshold + 1 people reached are not named: they are merged into "Other categories
   * (combined)".
   */
  readonly table: PublishedTable;
  /**
   * Percentages of Reached (Assessed, Supported, Outcome measured) and of Outcome measured
   * (Improved), from published counts; `null` where a count is suppressed or it or its
   * complement is a small number.
   */
  readonly percentages: readonly (readonly (number | null)[])[];
}

/**
 * The fairness breakdown: one protected table per equality field.
 *
 * @example
 * const breakdown: FairnessBreakdown = breakDownFairness(records);
 */
export interface FairnessBreakdown {
  readonly tables: readonly FairnessTable[];
  readonly rule: SuppressionRule;
}

const FIELDS: readonly EqualityField[] = [
  "ageBand",
  "sex",
  "genderIdentity",
  "ethnicity",
  "religion",
  "disability",
  "sexualOrientation",
  "caresForMoreThanOne",
];
const COLUMNS = ["Reached", "Assessed", "Supported", "Outcome measured", "Improved"];
/** The label of the row that merges every category too small to name. */
const COMBINED = "Other categories (combined)";
const NOT_RECORDED = "Not recorded";

function stages(r: FairnessRecord): number[] {
  return [
    1,
    r.assessed ? 1 : 0,
    r.supported ? 1 : 0,
    r.improved === undefined ? 0 : 1,
    r.improved ? 1 : 0,
  ];
}

function categoryOf(r: FairnessRecord, field: EqualityField, detailed: boolean): string {
  const answer = r.equality?.[field];
  if (answer === undefined) return NOT_RECORDED;
  return field === "ethnicity" && !detailed
    ? ETHNIC_GROUP_OF[answer as keyof typeof ETHNIC_GROUP_OF]
    : answer;
}

function breakDown(
  records: readonly FairnessRecord[],
  field: EqualityField,
  how: { readonly detailed: boolean; readonly rule: SuppressionRule },
): FairnessTable {
  const { detailed, rule } = how;
  const sums = new Map<string, number[]>();
  for (const r of records) {
    const key = categoryOf(r, field, detailed);
    const row = sums.get(key) ?? COLUMNS.map(() => 0);
    stages(r).forEach((x, i) => (row[i] = (row[i] ?? 0) + x));
    sums.set(key, row);
  }
  const named = [...sums].filter(([, row]) => (row[0] ?? 0) > rule.threshold).sort();
  const merged = [...sums].filter(([, row]) => (row[0] ?? 0) <= rule.threshold);
  const rows = named.map(([key]) => key);
  const counts = named.map(([, row]) => row);
  if (merged.length > 0) {
    rows.push(COMBINED);
    counts.push(COLUMNS.map((_, i) => merged.reduce((s, [, row]) => s + (row[i] ?? 0), 0)));
  }
  const table = suppressSmallNumbers({ rows, columns: COLUMNS, counts }, rule, {
    rowTotals: false,
  });
  const percentages = table.cells.map((cells, r) =>
    cells.slice(1).map((cell, i) => {
      const base = i === 3 ? cells[3] : cells[0];
      const count = counts[r]?.[i + 1] ?? 0;
      const of = counts[r]?.[i === 3 ? 3 : 0] ?? 0;
      if (cell.value === null || !base?.value) return null;
      return isSmall(count, of, rule) ? null : (100 * cell.value) / base.value;
    }),
  );
  return { field, table, percentages };
}

/**
 * Breaks reach, assessment, support and outcomes down by each equality-monitoring field (age
 * band, sex, gender identity, ethnicity, religion, disability, sexual orientation, caring for
 * more than one person), so a service can check that it treats everyone fairly. Protected for
 * publication: categories with too few people to name are merged into one "Other categories
 * (combined)" row (which is itself suppressed when small), every count from 1 to the threshold
 * is suppressed, secondary suppression stops a suppressed count being worked out from a column
 * total, and percentages are withheld where a count or its complement is small. "Prefer not to
 * say" and "Not recorded" are categories like any other. Nothing row-level is returned.
 *
 * @param records - One record per carer reached.
 * @param options - Fields, ethnicity grouping and the disclosure rule.
 * @returns One protected table per field.
 * @example
 * const { tables } = breakDownFairness(records, { fields: ["sex"] });
 * tables[0]?.table.columns; //=> ["Reached", "Assessed", "Supported", "Outcome measured", "Improved"]
 */
export function breakDownFairness(
  records: readonly FairnessRecord[],
  options: FairnessOptions = {},
): FairnessBreakdown {
  checkRecordFields(
    "breakDownFairness",
    { records },
    {
      equality: ["plain object", "optional"],
      assessed: ["boolean", "optional"],
      supported: ["boolean", "optional"],
      improved: ["boolean", "optional"],
    },
  );
  checkArgument("breakDownFairness", { options }, "plain object");
  const rule = options.rule ?? SUPPRESSION_RULES.nhsDigital2018;
  const detailed = options.ethnicity === "detailed";
  const fields = options.fields ?? FIELDS;
  return { rule, tables: fields.map((field) => breakDown(records, field, { detailed, rule })) };
}
