import type { EvaluationReport, Withheld } from "./buildEvaluationReport.ts";
import type { PublishedTable } from "../disclosure/suppressSmallNumbers.ts";
import type { HypothesisTest } from "../types.ts";
import { csvField } from "../_lib/format.ts";

function tableCsv(table: PublishedTable): string {
  const multi = table.rowTotals.length > 0 && table.columns.length > 1;
  const header = ["", ...table.columns, ...(multi ? ["Total"] : [])];
  const lines = [header.map(csvField).join(",")];
  table.rows.forEach((label, r) => {
    const cells = (table.cells[r] ?? []).map((c) => c.display);
    lines.push(
      [label, ...cells, ...(multi ? [table.rowTotals[r]?.display ?? ""] : [])]
        .map(csvField)
        .join(","),
    );
  });
  if (table.columnTotals.length > 0) {
    const totals = ["Total", ...table.columnTotals.map((c) => c.display)];
    if (multi) totals.push(table.grandTotal?.display ?? "");
    lines.push(totals.map(csvField).join(","));
  }
  return `${lines.join("\r\n")}\r\n`;
}

const isWithheld = (x: unknown): x is Withheld =>
  typeof x === "object" && x !== null && "withheld" in x;

function testCsv(name: string, t: HypothesisTest): string[] {
  return [
    name,
    t.method,
    t.statistic.name,
    String(t.statistic.value),
    t.parameter ? String(t.parameter.value) : "",
    String(t.pValue),
    t.estimate ? String(t.estimate.value) : "",
    t.confidenceInterval ? String(t.confidenceInterval.lower) : "",
    t.confidenceInterval ? String(t.confidenceInterval.upper) : "",
  ];
}

/**
 * The report's tables as CSV files (RFC 4180, CRLF line ends), keyed by file name: the protected
 * count tables, with `*` for suppressed cells, and `tests.csv` with the hypothesis tests as R
 * reports them (statistic, df, p-value, estimate, interval) at full precision.
 *
 * @param report - A report from `buildEvaluationReport`.
 * @returns File name → CSV text.
 * @example
 * for (const [name, csv] of Object.entries(toReportCsvTables(report))) await writeFile(name, csv);
 */
export function toReportCsvTables(report: EvaluationReport): Record<string, string> {
  const files: Record<string, string> = {
    "completeness.csv": tableCsv(report.completeness),
    "outcome-distribution.csv": tableCsv(report.outcome.distribution),
    "outcome-change-distribution.csv": tableCsv(report.outcome.changeDistribution),
    "outcome-change-directions.csv": tableCsv(report.outcome.changeDirections.table),
    "satisfaction.csv": tableCsv(report.satisfaction.distribution.table),
    "dropout-by-session.csv": tableCsv(report.retention.dropout),
    "reach-by-period.csv": tableCsv(report.reach.byPeriod),
    "reach-by-source.csv": tableCsv(report.reach.bySource),
  };
  if (report.outcome.minimalImportantChange) {
    files["outcome-minimal-important-change.csv"] = tableCsv(
      report.outcome.minimalImportantChange.table,
    );
  }
  if (report.outcome.reliableChange) {
    files["outcome-reliable-change.csv"] = tableCsv(report.outcome.reliableChange.table);
  }
  const s = report.outcome.statistics;
  if (!isWithheld(s)) {
    const header = [
      "test",
      "method",
      "statistic",
      "value",
      "df",
      "p_value",
      "estimate",
      "ci_lower",
      "ci_upper",
    ];
    const rows = [header, testCsv("paired t", s.tTest)];
    if (!isWithheld(s.wilcoxon)) rows.push(testCsv("wilcoxon signed rank", s.wilcoxon));
    files["tests.csv"] = `${rows.map((r) => r.map(csvField).join(",")).join("\r\n")}\r\n`;
  }
  return files;
}
