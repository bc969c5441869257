import { checkFields } from "../_lib/checkRecords.ts";
import { FUNNEL_STAGES } from "../pathway/funnelStages.ts";
import type { FunnelGroup, PathwayFunnel } from "../pathway/summarisePathwayFunnel.ts";
import { toPublishedTableHtml } from "./toPublishedTableHtml.ts";
import { renderSvg } from "../_lib/charts.ts";
import { escapeHtml as e, fixed } from "../_lib/format.ts";
import { funnelSpec } from "../_lib/pathway/funnelChart.ts";

const LABEL = Object.fromEntries(FUNNEL_STAGES) as Record<string, string>;

function conversionRows(groups: readonly FunnelGroup[]): string {
  return groups
    .map(
      (g) =>
        `<tr><td>${e(g.label)}</td>${g.conversion
          .map((c) => `<td>${c.percentage === null ? "*" : `${fixed(c.percentage, 1)}%`}</td>`)
          .join("")}</tr>`,
    )
    .join("");
}

/**
 * Renders the commissioner's funnel as an HTML fragment (from `<h3>` down, to sit under a
 * section heading): a bar chart of referrals reaching each stage as inline SVG (withheld when
 * suppression leaves too little to draw), conversions overall, by source and by month, days
 * between stages, service standards, and the protected furthest-stage tables. Nothing is
 * fetched; every label is escaped; suppressed values are shown as `*`.
 *
 * @param funnel - A funnel from `summarisePathwayFunnel` (already protected).
 * @returns The HTML fragment.
 * @example
 * const html = `<h2>Pathway</h2>${await renderPathwayFunnelHtml(funnel)}`;
 */
export async function renderPathwayFunnelHtml(funnel: PathwayFunnel): Promise<string> {
  checkFields(
    "renderPathwayFunnelHtml",
    { funnel },
    {
      stages: ["plain object"],
      overall: ["plain object"],
      sources: ["array"],
      months: ["array"],
      bySource: ["plain object"],
      byMonth: ["plain object"],
      outcomes: ["plain object"],
      days: ["string"],
      intervals: ["array"],
      breaches: ["plain object"],
    },
  );
  const parts: string[] = [];
  const drawable = funnel.overall.reached.filter((v) => v !== null && v > 0).length;
  parts.push(
    drawable > 1
      ? `<figure class="chart" role="img" aria-label="Referrals reaching each stage of the pathway">${await renderSvg(funnelSpec(funnel.overall))}</figure>`
      : `<p class="note withheld">Chart withheld (referrals reaching each stage): too few stages can be published (small-number suppression).</p>`,
  );
  if (funnel.overall.reached.some((v) => v === null))
    parts.push(`<p class="note">Stages that cannot be published (*) are not drawn.</p>`);
  parts.push(`<h3>Referrals reaching each stage</h3>${toPublishedTableHtml(funnel.stages)}`);
  const head = funnel.overall.conversion
    .map((c) => `<th scope="col">${e(LABEL[c.from] ?? c.from)} → ${e(LABEL[c.to] ?? c.to)}</th>`)
    .join("");
  parts.push(
    `<h3>Conversion between stages</h3><table><thead><tr><th scope="col">Referrals</th>${head}</tr></thead><tbody>${conversionRows([funnel.overall, ...funnel.sources, ...funnel.months])}</tbody></table>` +
      `<p class="note">Percentages are worked out from the published (protected) counts; * where a count is suppressed.</p>`,
  );
  const rows = funnel.intervals
    .map(
      (i) =>
        `<tr><td>${e(LABEL[i.from] ?? i.from)} → ${e(LABEL[i.to] ?? i.to)}</td>${
          "withheld" in i
            ? `<td colspan="3" class="withheld">Withheld: ${e(i.reason)}.</td>`
            : `<td>${String(i.n)}</td><td>${fixed(i.median, 1)}</td><td>${fixed(i.lowerQuartile, 1)} to ${fixed(i.upperQuartile, 1)}</td>`
        }</tr>`,
    )
    .join("");
  parts.push(
    `<h3>Days between stages (${funnel.days} days)</h3><table><thead><tr><th scope="col">Between</th><th scope="col">Referrals</th><th scope="col">Median</th><th scope="col">Interquartile range</th></tr></thead><tbody>${rows}</tbody></table>` +
      `<p class="note">Median and quartiles as R's quantile(type = 7).</p>`,
  );
  if (funnel.breaches.rows.length > 0)
    parts.push(`<h3>Service standards</h3>${toPublishedTableHtml(funnel.breaches)}`);
  parts.push(
    `<h3>Furthest stage reached, by referral source</h3>${toPublishedTableHtml(funnel.bySource)}`,
    `<h3>Furthest stage reached, by month of referral</h3>${toPublishedTableHtml(funnel.byMonth)}`,
    `<h3>Where referrals stand now</h3>${toPublishedTableHtml(funnel.outcomes)}`,
  );
  return parts.join("\n");
}
