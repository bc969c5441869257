// The report entry, `@carerkit/evaluation/report`: CSV in, HTML and CSV out. It brings in
// csv-parse and vega/vega-lite, so it is kept apart from the statistics in the main entry.
export { readEvaluationCsv, readEvaluationCsvWithAccount } from "./report/readEvaluationCsv.ts";
export type { EvaluationCsvAccount } from "./report/evaluationCsvAccount.ts";
export { renderEvaluationReportHtml } from "./report/renderEvaluationReportHtml.ts";
export { toReportCsvTables } from "./report/toReportCsvTables.ts";
export { toPublishedTableCsv } from "./report/toPublishedTableCsv.ts";
export { toPublishedTableHtml } from "./report/toPublishedTableHtml.ts";
export { renderPathwayFunnelHtml } from "./report/renderPathwayFunnelHtml.ts";
export type { PublishedTableHtmlOptions } from "./report/toPublishedTableHtml.ts";
