import type { EvaluationReport, Withheld } from "./types.ts";
import type { PublishedTable } from "../disclosure/suppressSmallNumbers.ts";
import type { HypothesisTest } from "../types.ts";
import {
  changeSpec,
  distributionSpec,
  everyBarWithheld,
  reachSpec,
  renderSvg,
  retentionSpec,
} from "../_lib/charts.ts";
import { escapeHtml as e, fixed, interval, pValue, short } from "../_lib/format.ts";
import { toPublishedTableHtml } from "./toPublishedTableHtml.ts";
import { renderPathwayFunnelHtml } from "./renderPathwayFunnelHtml.ts";

const STYLE = `
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#212b32;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
h1{color:#005eb8}h2{border-bottom:2px solid #005eb8;padding-bottom:.2rem;margin-top:2.5rem}
table{border-collapse:collapse;margin:.5rem 0 1rem}th,td{border:1px solid #d8dde0;padding:.25rem .6rem;text-align:right}
th:first-child,td:first-child{text-align:left}thead th{background:#f0f4f5}tfoot td{font-weight:600}
.note{color:#4c6272;font-size:.9rem}.chart{margin:1rem 0}.withheld{color:#4c6272;font-style:italic}
`;

const isWithheld = (x: unknown): x is Withheld =>
  typeof x === "object" && x !== null && "withheld" in x;

function withheldText(w: Withheld): string {
  return `<span class="withheld">Withheld: ${e(w.reason)}.</span>`;
}

function testRow(name: string, t: HypothesisTest): string {
  const parameter = t.parameter ? `${t.parameter.name} = ${short(t.parameter.value, 3)}` : "";
  const ci = t.confidenceInterval ? interval(t.confidenceInterval) : "";
  const estimate = t.estimate ? `${e(t.estimate.name)} ${fixed(t.estimate.value)}` : "";
  return `<tr><td>${e(name)}<br><span class="note">${e(t.method)}</span></td><td>${e(t.statistic.name)} = ${short(t.statistic.value)}</td><td>${e(parameter)}</td><td>${pValue(t.pValue)}</td><td>${e(estimate)}</td><td>${e(ci)}</td></tr>`;
}

async function chart(spec: Parameters<typeof renderSvg>[0], alt: string): Promise<string> {
  const svg = await renderSvg(spec);
  return `<figure class="chart" role="img" aria-label="${e(alt)}">${svg}</figure>`;
}

function suppressedNote(table: PublishedTable): string {
  const any = table.cells.some((row) => row.some((c) => c.value === null));
  return any ? `<p class="note">Bars for suppressed counts (*) are not drawn.</p>` : "";
}

// A bar chart of a published table with its note on suppressed bars, or, when suppression
// leaves no bar to draw, a note in its place (not an empty plot with a degenerate axis).
async function barChart(
  table: PublishedTable,
  spec: (table: PublishedTable) => Parameters<typeof renderSvg>[0],
  alt: string,
): Promise<string> {
  if (everyBarWithheld(table))
    return `<p class="note withheld">Chart withheld (${e(alt)}): every group is below the publication threshold (small-number suppression).</p>`;
  return `${await chart(spec(table), alt)}${suppressedNote(table)}`;
}

/**
 * Renders an evaluation report as one self-contained HTML page: no script, no external
 * stylesheet, font or image, so it opens offline and can be emailed or archived. Charts
 * (before/after distributions, change per person, retention curve, reach) are drawn with
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
  const { outcome, satisfaction, retention, reach } = report;
  const measure = outcome.measure.name;
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

  parts.push(`<h2>${e(measure)}: before and after</h2>`);
  const s = outcome.statistics;
  if (isWithheld(s)) parts.push(`<p>${withheldText(s)}</p>`);
  else {
    parts.push(
      `<table><thead><tr><th></th><th>n</th><th>Mean</th><th>SD</th><th>Interval for the mean</th></tr></thead><tbody>` +
        `<tr><td>Before</td><td>${s.n}</td><td>${fixed(s.pre.mean)}</td><td>${fixed(s.pre.sd)}</td><td></td></tr>` +
        `<tr><td>After</td><td>${s.n}</td><td>${fixed(s.post.mean)}</td><td>${fixed(s.post.sd)}</td><td></td></tr>` +
        `<tr><td>Change (after − before)</td><td>${s.n}</td><td>${fixed(s.difference.mean)}</td><td>${fixed(s.difference.sd)}</td><td>${e(interval(s.difference.confidenceInterval))}</td></tr>` +
        `</tbody></table>`,
    );
    const wilcoxon = isWithheld(s.wilcoxon) ? "" : testRow("Wilcoxon signed-rank", s.wilcoxon);
    parts.push(
      `<table><thead><tr><th>Test</th><th>Statistic</th><th>Parameter</th><th>p-value</th><th>Estimate</th><th>Interval</th></tr></thead><tbody>${testRow("Paired t-test", s.tTest)}${wilcoxon}</tbody></table>`,
    );
    if (isWithheld(s.effectSizes))
      parts.push(`<p>Effect sizes: ${withheldText(s.effectSizes)}</p>`);
    else {
      const rows = [s.effectSizes.dz, s.effectSizes.dav, s.effectSizes.gav]
        .map(
          (x) =>
            `<tr><td>${e(x.name)}</td><td>${fixed(x.value)}</td><td>${fixed(x.standardError, 3)}</td><td>${e(interval(x.confidenceInterval))}</td></tr>`,
        )
        .join("");
      parts.push(
        `<table><thead><tr><th>Effect size</th><th>Value</th><th>SE</th><th>Interval</th></tr></thead><tbody>${rows}</tbody></table>` +
          `<p class="note">d_z = mean change / SD of change; d_av = mean change / mean of the two SDs; g_av = d_av with Hedges' small-sample correction. Wald intervals with Borenstein et al. (2009) standard errors.</p>`,
      );
    }
  }
  if (outcome.distribution.rows.length > 0) {
    parts.push(
      await barChart(
        outcome.distribution,
        (table) => distributionSpec(table, measure),
        `${measure} scores before and after`,
      ),
    );
    parts.push(
      await barChart(
        outcome.changeDistribution,
        (table) => changeSpec(table, measure),
        `Change per person in ${measure}`,
      ),
    );
  }
  parts.push(
    `<h3>Who changed</h3>${toPublishedTableHtml(outcome.changeDirections.table, { percentages: outcome.changeDirections.percentages })}`,
  );
  if (outcome.minimalImportantChange) {
    parts.push(
      `<h3>Minimal important change (${fixed(outcome.measure.minimalImportantChange ?? Number.NaN, 1)} points)</h3>${toPublishedTableHtml(outcome.minimalImportantChange.table, { percentages: outcome.minimalImportantChange.percentages })}`,
    );
  }
  if (outcome.reliableChange) {
    parts.push(
      `<h3>Reliable and clinically significant change (Jacobson &amp; Truax)</h3>${toPublishedTableHtml(outcome.reliableChange.table, { percentages: outcome.reliableChange.percentages })}`,
    );
  }

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
