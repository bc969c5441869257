import { checkArgument, invalidArgument } from "@carerkit/core";
import type { SuppressionRule } from "./suppressionRules.ts";
import { secondarySuppress, type CellStatus } from "../_lib/secondarySuppress.ts";
import { SUPPRESSION_RULES } from "./suppressionRules.ts";

/**
 * A two-way table of counts to publish: row labels, column labels and counts[row][column].
 * A one-way table has a single column.
 *
 * @example
 * const table: CountTableInput = {
 *   rows: ["GP", "Hospital", "Self"],
 *   columns: ["2026 Q1", "2026 Q2"],
 *   counts: [[12, 3], [40, 52], [6, 0]],
 * };
 */
export interface CountTableInput {
  /** Row labels. */
  readonly rows: readonly string[];
  /** Column labels. */
  readonly columns: readonly string[];
  /** Non-negative integer counts, one array per row, one entry per column. */
  readonly counts: readonly (readonly number[])[];
}

export type { CellStatus };

/**
 * One published cell: the value to print (rounded, or `null` when suppressed) and why.
 * The unsuppressed count is deliberately not carried.
 *
 * @example
 * const cell: PublishedCell = { value: null, display: "*", status: "primary" };
 */
export interface PublishedCell {
  /** The value to publish, already rounded; `null` when suppressed. */
  readonly value: number | null;
  /** What to print: the number, or `*`. */
  readonly display: string;
  /** Why the cell looks as it does. */
  readonly status: CellStatus;
}

/**
 * A table ready to publish, with totals computed from the unrounded counts and then protected.
 *
 * @example
 * const published: PublishedTable = suppressSmallNumbers({ rows: ["a"], columns: ["n"], counts: [[3]] });
 */
export interface PublishedTable {
  /** Row labels. */
  readonly rows: readonly string[];
  /** Column labels. */
  readonly columns: readonly string[];
  /** cells[row][column]. */
  readonly cells: readonly (readonly PublishedCell[])[];
  /** One total per row; empty when row totals are not published. */
  readonly rowTotals: readonly PublishedCell[];
  /** One total per column; empty when column totals are not published. */
  readonly columnTotals: readonly PublishedCell[];
  /** The grand total; `null` unless both row and column totals are published. */
  readonly grandTotal: PublishedCell | null;
  /** The rule applied. */
  readonly rule: SuppressionRule;
}

/** Options for {@link suppressSmallNumbers}. */
export interface SuppressionOptions {
  /**
   * Publish a total for each row (default `true`). Turn off when the columns are not disjoint
   * parts of a whole, e.g. "Identified" and "Supported".
   */
  readonly rowTotals?: boolean | undefined;
  /** Publish a total for each column (default `true`). */
  readonly columnTotals?: boolean | undefined;
}

/**
 * Applies small-number suppression to a table of counts for publication. Counts from 1 to the
 * rule's threshold become `*` (primary suppression); with `secondary`, further cells are
 * suppressed until no row or column (totals included) has exactly one suppressed entry, so no
 * suppressed count can be recovered by subtraction. The next smallest non-zero cell of the line
 * is chosen, else the line's total. Shown counts and totals are rounded to the rule's base
 * (totals from the unrounded counts). Every cell must be a count (a safe integer ≥ 0): a `NaN`,
 * negative, fractional or missing count throws `invalid_argument` naming the cell, for example
 * `table.counts[3][1]`, rather than being published.
 *
 * @param table - Row and column labels and the counts.
 * @param rule - The disclosure rule (default {@link SUPPRESSION_RULES}.nhsDigital2018).
 * @param options - Which totals are published (only published totals constrain suppression).
 * @returns The table to publish; it holds no unsuppressed small count.
 * @throws CarerKitError `invalid_argument` when the table, a label, a cell, the rule or the
 *   options are not of the documented shape.
 * @example
 * const published = suppressSmallNumbers(
 *   { rows: ["GP", "Self"], columns: ["Q1", "Q2"], counts: [[12, 3], [40, 52]] },
 *   SUPPRESSION_RULES.legacy1to5,
 * );
 * published.cells[0]?.[1]?.display; //=> "*"
 */
export function suppressSmallNumbers(
  table: CountTableInput,
  rule: SuppressionRule = SUPPRESSION_RULES.nhsDigital2018,
  options: SuppressionOptions = {},
): PublishedTable {
  checkTable(table);
  checkArgument(FN, { rule }, "plain object");
  checkArgument(FN, { "rule.threshold": rule.threshold }, "finite number");
  checkArgument(FN, { "rule.roundTo": rule.roundTo }, "count");
  if (rule.roundTo < 1) throw invalidArgument(FN, { "rule.roundTo": rule.roundTo }, "at least 1");
  checkArgument(FN, { options }, "plain object");
  const withRowTotals = options.rowTotals ?? true;
  const withColumnTotals = options.columnTotals ?? true;
  const nRows = table.rows.length;
  const nCols = table.columns.length;
  // The extended matrix: counts, row totals in the last column, column totals in the last row.
  const grid: number[][] = [];
  for (let r = 0; r < nRows; r++) {
    const row = Array.from({ length: nCols }, (_, c) => table.counts[r]?.[c] ?? 0);
    grid.push([...row, row.reduce((s, x) => s + x, 0)]);
  }
  const totalRow = Array.from({ length: nCols + 1 }, (_, c) =>
    grid.reduce((s, row) => s + (row[c] ?? 0), 0),
  );
  grid.push(totalRow);
  const status: CellStatus[][] = grid.map((row) =>
    row.map((v) => (v >= 1 && v <= rule.threshold ? "primary" : "shown")),
  );
  if (rule.secondary)
    secondarySuppress(grid, status, { rows: withRowTotals, columns: withColumnTotals });
  const publish = (r: number, c: number): PublishedCell => {
    const s = status[r]?.[c] ?? "shown";
    if (s !== "shown") return { value: null, display: "*", status: s };
    const value = Math.round((grid[r]?.[c] ?? 0) / rule.roundTo) * rule.roundTo;
    return { value, display: String(value), status: s };
  };
  return {
    rows: [...table.rows],
    columns: [...table.columns],
    cells: table.rows.map((_, r) => table.columns.map((__, c) => publish(r, c))),
    rowTotals: withRowTotals ? table.rows.map((_, r) => publish(r, nCols)) : [],
    columnTotals: withColumnTotals ? table.columns.map((_, c) => publish(nRows, c)) : [],
    grandTotal: withRowTotals && withColumnTotals ? publish(nRows, nCols) : null,
    rule,
  };
}

const FN = "suppressSmallNumbers";

// Checks the table's shape and that every cell, of rows × columns, is a count.
function checkTable(table: CountTableInput): void {
  checkArgument(FN, { table }, "plain object");
  checkArgument(FN, { "table.rows": table.rows }, "array");
  checkArgument(FN, { "table.columns": table.columns }, "array");
  checkArgument(FN, { "table.counts": table.counts }, "array");
  for (let r = 0; r < table.rows.length; r++) {
    checkArgument(FN, { [`table.rows[${r}]`]: table.rows[r] }, "string");
  }
  for (let c = 0; c < table.columns.length; c++) {
    checkArgument(FN, { [`table.columns[${c}]`]: table.columns[c] }, "string");
  }
  for (let r = 0; r < table.rows.length; r++) {
    const row = table.counts[r];
    checkArgument(FN, { [`table.counts[${r}]`]: row }, "array");
    for (let c = 0; c < table.columns.length; c++) {
      checkArgument(FN, { [`table.counts[${r}][${c}]`]: row?.[c] }, "count");
    }
  }
}
