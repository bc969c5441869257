// Renders the example report to a folder, for looking at it in a browser:
//   pnpm exec tsx --conditions=@carerkit/source packages/evaluation/src/__fixtures__/renderExample.ts /tmp/report
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildEvaluationReport } from "../index.ts";
import { readEvaluationCsv, renderEvaluationReportHtml, toReportCsvTables } from "../report.ts";
import { EXAMPLE_OPTIONS } from "./exampleOptions.ts";

const out = process.argv[2] ?? "report-out";
const rows = readEvaluationCsv(readFileSync(new URL("example-evaluation.csv", import.meta.url), "utf8"));
if (!rows.success) throw new Error(rows.error.map((i) => i.message).join("\n"));
const report = buildEvaluationReport(rows.data, EXAMPLE_OPTIONS);
mkdirSync(out, { recursive: true });
writeFileSync(join(out, "report.html"), await renderEvaluationReportHtml(report));
for (const [name, csv] of Object.entries(toReportCsvTables(report))) writeFileSync(join(out, name), csv);
process.stdout.write(`Wrote ${join(out, "report.html")}\n`);
