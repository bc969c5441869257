import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { buildEvaluationReport, type EvaluationRow } from "@carerkit/evaluation";
import { renderEvaluationReportHtml, toReportCsvTables } from "@carerkit/evaluation/report";
import type { EvaluateArgs } from "../parseEvaluateArgs.ts";
import { chartsFromHtml } from "./chartsFromHtml.ts";

/** What was written, for the closing lines. */
export interface WrittenReport {
  readonly tables: number;
  readonly charts: number;
}

/**
 * Builds the protected report (NHS Digital 2018 suppression) and writes report.html, the CSV
 * tables and each chart as an SVG file into `outDir`.
 *
 * @param rows - The rows read from the CSV.
 * @param o - The command's options.
 * @param outDir - An absolute folder, created if needed.
 * @returns How many tables and charts were written.
 */
export async function writeReport(
  rows: readonly EvaluationRow[],
  o: EvaluateArgs,
  outDir: string,
): Promise<WrittenReport> {
  const report = buildEvaluationReport(rows, {
    title: `${o.measure}: programme evaluation`,
    outcome: {
      name: o.measure,
      direction: o.direction,
      min: o.min,
      max: o.max,
      reliability: o.reliability,
      minimalImportantChange: o.mic,
    },
    sessions: o.sessions,
  });
  const html = await renderEvaluationReportHtml(report);
  const tables = toReportCsvTables(report);
  const charts = chartsFromHtml(html);
  await mkdir(join(outDir, "charts"), { recursive: true });
  await writeFile(join(outDir, "report.html"), html);
  for (const [name, csv] of Object.entries(tables)) await writeFile(join(outDir, name), csv);
  for (const chart of charts) await writeFile(join(outDir, "charts", chart.fileName), chart.svg);
  return { tables: Object.keys(tables).length, charts: charts.length };
}
