import type { OutcomeSection } from "../../report/types.ts";
import type { EffectSize, EffectSizeInterval } from "../../types.ts";
import { toPublishedTableHtml } from "../../report/toPublishedTableHtml.ts";
import { changeSpec, distributionSpec } from "../charts.ts";
import { escapeHtml as e, fixed, interval } from "../format.ts";
import { barChart, isWithheld, testRow, withheldText } from "./htmlParts.ts";

/** One outcome measure's section: statistics, tests, effect sizes, charts and change tables. */
export async function renderOutcomeHtml(outcome: OutcomeSection): Promise<string> {
  const measure = outcome.measure.name;
  const parts: string[] = [];
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
          `<p class="note">d_z = mean change / SD of change; d_av = mean change / mean of the two SDs; g_av = d_av with Hedges' small-sample correction. ${intervalNote([s.effectSizes.dz, s.effectSizes.dav, s.effectSizes.gav])}</p>`,
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

  return parts.join("\n");
}

const INTERVALS: Readonly<Record<EffectSizeInterval, string>> = {
  "noncentral-t":
    "by inverting the noncentral t distribution at the observed t (Steiger & Fouladi 1997)",
  wald: "Wald intervals, value ± z·SE",
};

/**
 * What the effect-size intervals are, read from each effect size's own `intervalMethod` (an
 * effect size without a t pivot falls back to Wald even when noncentral-t was asked for).
 */
function intervalNote(effects: readonly EffectSize[]): string {
  const methods = [...new Set(effects.map((x) => x.intervalMethod))];
  const described = methods.map((method) => {
    const names = effects.filter((x) => x.intervalMethod === method).map((x) => x.name);
    const who = methods.length > 1 ? `${names.join(", ")}: ` : "";
    return `${who}${INTERVALS[method]}`;
  });
  return `Intervals: ${described.join("; ")}. Standard errors from Borenstein et al. (2009).`;
}
