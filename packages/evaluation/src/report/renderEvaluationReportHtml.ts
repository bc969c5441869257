import { checkFields } from "../_lib/checkRecords.ts";
import type { EvaluationReport } from "./types.ts";
import { reachSpec, retentionSpec } from "../_lib/charts.ts";
import { escapeHtml as e, fixed, interval } from "../_lib/format.ts";
import { barChart, chart, isWithheld, withheldText } from "../_lib/report/htmlParts.ts";
import { renderOutcomeHtml } from "../_lib/report/renderOutcomeHtml.ts";
import { renderServiceHtml } from "../_lib/report/renderServiceHtml.ts";
import { toPublishedTableHtml } from "./toPublishedTableHtml.ts";
import { renderPathwayFunnelHtml } from "./renderPathwayFunnelHtml.ts";

const STYLE = `
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#212b32;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
h1{color:#005eb8}h2{border-bottom:2px solid #005eb8;padding-bottom:.2rem;margin-top:2.5rem}
table{border-collapse:collapse;margin:.5rem 0 1rem}th,td{border:1px solid #d8dde0;padding:.25rem .6rem;text-align:right}
th:first-child,td:first-child{text-align:left}thead th{background:#f0f4f5}tfoot td{font-weight:600}
.note{color:#4c6272;font-size:.9rem}.chart{margin:1rem 0}.withheld{color:#4c6272;font-style:italic}
`;

/**
 * Renders an evaluation report as one self-contained HTML page: no script, no external
 * stylesheet, font or image, so it opens offline and can be emailed or archived. Charts
 * (before/after distributions and change per person for each outcome measure, retention curve,
 * reach, casework by kind, outreach reach) are drawn with
 * Vega-Lite and embedded as inline SVG; suppressed counts are shown as `*` and not drawn, and a
 * bar chart left with no bar to draw is replaced by a note that it was withheld.
 *
 * @param report - A report from `buildEvaluationReport` (already protected).
 * @returns The HTML document.
 * @example
 * const html = await renderEvaluationReportHtml(report);
 * await writeFile("report.html", html);
 */
export async function renderEvaluationReportHtml(report: EvaluationReport): Promise<string> {
  checkFields(
    "renderEvaluationReportHtml",
    { report },
    {
      title: ["string"],
      confidenceLevel: ["finite number"],
      completeness: ["plain object"],
      outcome: ["plain object"],
      outcomes: ["array"],
      satisfaction: ["plain object"],
      retention: ["plain object"],
      reach: ["plain object"],
    },
  );
  const { satisfaction, retention, reach } = report;
  const parts: string[] = [];
  parts.push(`<h1>${e(report.title)}</h1>`);
  parts.push(
    `<p class="note">${
      report.rule
        ? `Small numbers protected with the ${e(report.rule.name)} rule: * marks a suppressed count; statistics resting on fewer than ${report.rule.threshold + 1} people are withheld.`
        : "No disclosure control applied: for internal use only, do not publish."
    } Confidence level ${Math.round(report.confidenceLevel * 100)}%.</p>`,
  );
  parts.push(`<h2>Data</h2>${toPublishedTableHtml(report.completeness)}`);

  for (const section of report.outcomes) parts.push(await renderOutcomeHtml(section));

  parts.push(`<h2>Satisfaction</h2>`);
  parts.push(
    toPublishedTableHtml(satisfaction.distribution.table, {
      percentages: satisfaction.distribution.percentages,
    }),
  );
  parts.push(
    `<p>Median: ${isWithheld(satisfaction.median) ? withheldText(satisfaction.median) : String(satisfaction.median)}. ` +
      `Top box: ${isWithheld(satisfaction.topBox) ? withheldText(satisfaction.topBox) : `${fixed(satisfaction.topBox.percentage, 1)}% answered ${satisfaction.topBox.levels.join(" or ")} (${e(interval({ ...satisfaction.topBox.confidenceInterval, lower: 100 * satisfaction.topBox.confidenceInterval.lower, upper: 100 * satisfaction.topBox.confidenceInterval.upper }, 1))}%, Wilson)`}.</p>`,
  );

  parts.push(`<h2>Attendance and retention</h2>`);
  parts.push(
    `<p>Completion: ${isWithheld(retention.completion) ? withheldText(retention.completion) : `${fixed(retention.completion.percentage, 1)}% of those who finished or left (${e(interval({ ...retention.completion.confidenceInterval, lower: 100 * retention.completion.confidenceInterval.lower, upper: 100 * retention.completion.confidenceInterval.upper }, 1))}%, Wilson)`}.</p>`,
  );
  if (isWithheld(retention.curve))
    parts.push(`<p>Retention curve: ${withheldText(retention.curve)}</p>`);
  else
    parts.push(
      await chart(retentionSpec(retention.curve), "Share still attending after each session"),
    );
  parts.push(`<h3>Where people stopped coming</h3>${toPublishedTableHtml(retention.dropout)}`);

  parts.push(`<h2>Reach</h2>`);
  if (reach.byPeriod.rows.length > 0) {
    parts.push(
      await barChart(reach.byPeriod, reachSpec, "Carers identified and supported by period"),
    );
  }
  parts.push(
    `<h3>By period</h3>${toPublishedTableHtml(reach.byPeriod)}<h3>By referral source</h3>${toPublishedTableHtml(reach.bySource)}`,
  );

  parts.push(await renderServiceHtml(report.service));
  if (report.pathway)
    parts.push(
      `<h2>The carer's pathway: referral to review</h2>${await renderPathwayFunnelHtml(report.pathway)}`,
    );

  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(report.title)}</title>
<style>${STYLE}</style>
</head>
<body>
${parts.join("\n")}
</body>
</html>
`;
}
