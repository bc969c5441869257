import { checkArgument } from "@carerkit/core";
import type { EvaluationReport, Withheld } from "./types.ts";
import type { HypothesisTest } from "../types.ts";
import { csvField } from "../_lib/format.ts";
import { toPublishedTableCsv } from "./toPublishedTableCsv.ts";

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
 * count tables (for every outcome measure and every service section given), with `*` for suppressed cells, and `tests.csv` with the hypothesis tests as R
 * reports them (statistic, df, p-value, estimate, interval) at full precision.
 *
 * @param report - A report from `buildEvaluationReport`.
 * @returns File name → CSV text.
 * @example
 * for (const [name, csv] of Object.entries(toReportCsvTables(report))) await writeFile(name, csv);
 */
export function toReportCsvTables(report: EvaluationReport): Record<string, string> {
  checkArgument("toReportCsvTables", { report }, "plain object");
  const files: Record<string, string> = {
    "completeness.csv": toPublishedTableCsv(report.completeness),
    "outcome-distribution.csv": toPublishedTableCsv(report.outcome.distribution),
    "outcome-change-distribution.csv": toPublishedTableCsv(report.outcome.changeDistribution),
    "outcome-change-directions.csv": toPublishedTableCsv(report.outcome.changeDirections.table),
    "satisfaction.csv": toPublishedTableCsv(report.satisfaction.distribution.table),
    "dropout-by-session.csv": toPublishedTableCsv(report.retention.dropout),
    "reach-by-period.csv": toPublishedTableCsv(report.reach.byPeriod),
    "reach-by-source.csv": toPublishedTableCsv(report.reach.bySource),
  };
  if (report.outcome.minimalImportantChange) {
    files["outcome-minimal-important-change.csv"] = toPublishedTableCsv(
      report.outcome.minimalImportantChange.table,
    );
  }
  if (report.outcome.reliableChange) {
    files["outcome-reliable-change.csv"] = toPublishedTableCsv(report.outcome.reliableChange.table);
  }
  report.outcomes.slice(1).forEach((section, i) => {
    const name = `outcome-${section.measure.key ?? String(i + 2)}`;
    files[`${name}-distribution.csv`] = toPublishedTableCsv(section.distribution);
    files[`${name}-change-distribution.csv`] = toPublishedTableCsv(section.changeDistribution);
    files[`${name}-change-directions.csv`] = toPublishedTableCsv(section.changeDirections.table);
  });
  const { casework, outreach, fairness, voice } = report.service;
  if (casework) {
    files["casework-contacts-by-kind.csv"] = toPublishedTableCsv(casework.contactsByKind);
    files["casework-carers-by-kind.csv"] = toPublishedTableCsv(casework.carersByKind);
    files["casework-by-worker.csv"] = toPublishedTableCsv(casework.byWorker);
  }
  if (outreach) files["outreach-by-kind.csv"] = toPublishedTableCsv(outreach.byKind);
  for (const t of fairness ?? []) files[`fairness-${t.field}.csv`] = toPublishedTableCsv(t.table);
  if (voice) {
    files["voice-themes.csv"] = toPublishedTableCsv(voice.themes);
    files["voice-kinds.csv"] = toPublishedTableCsv(voice.kinds);
    files["complaints-acknowledgement.csv"] = toPublishedTableCsv(voice.acknowledgement);
    files["session-feedback-ratings.csv"] = toPublishedTableCsv(voice.sessionRatings);
  }
  if (report.pathway) {
    files["pathway-stages.csv"] = toPublishedTableCsv(report.pathway.stages);
    files["pathway-by-source.csv"] = toPublishedTableCsv(report.pathway.bySource);
    files["pathway-by-month.csv"] = toPublishedTableCsv(report.pathway.byMonth);
    files["pathway-outcomes.csv"] = toPublishedTableCsv(report.pathway.outcomes);
    files["pathway-standards.csv"] = toPublishedTableCsv(report.pathway.breaches);
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
