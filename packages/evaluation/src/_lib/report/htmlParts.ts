import type { Withheld } from "../../report/types.ts";
import type { PublishedTable } from "../../disclosure/suppressSmallNumbers.ts";
import type { HypothesisTest } from "../../types.ts";
import { everyBarWithheld, renderSvg } from "../charts.ts";
import { escapeHtml as e, fixed, interval, pValue, short } from "../format.ts";

/** Whether a report value was withheld. */
export const isWithheld = (x: unknown): x is Withheld =>
  typeof x === "object" && x !== null && "withheld" in x;

/** The sentence shown in place of a withheld statistic. */
export function withheldText(w: Withheld): string {
  return `<span class="withheld">Withheld: ${e(w.reason)}.</span>`;
}

/** One table row for a hypothesis test. */
export function testRow(name: string, t: HypothesisTest): string {
  const parameter = t.parameter ? `${t.parameter.name} = ${short(t.parameter.value, 3)}` : "";
  const ci = t.confidenceInterval ? interval(t.confidenceInterval) : "";
  const estimate = t.estimate ? `${e(t.estimate.name)} ${fixed(t.estimate.value)}` : "";
  return `<tr><td>${e(name)}<br><span class="note">${e(t.method)}</span></td><td>${e(t.statistic.name)} = ${short(t.statistic.value)}</td><td>${e(parameter)}</td><td>${pValue(t.pValue)}</td><td>${e(estimate)}</td><td>${e(ci)}</td></tr>`;
}

/** A chart as an inline SVG figure with its accessible name. */
export async function chart(spec: Parameters<typeof renderSvg>[0], alt: string): Promise<string> {
  const svg = await renderSvg(spec);
  return `<figure class="chart" role="img" aria-label="${e(alt)}">${svg}</figure>`;
}

/** The note under a chart with suppressed bars. */
export function suppressedNote(table: PublishedTable): string {
  const any = table.cells.some((row) => row.some((c) => c.value === null));
  return any ? `<p class="note">Bars for suppressed counts (*) are not drawn.</p>` : "";
}

// A bar chart of a published table with its note on suppressed bars, or, when suppression
// leaves no bar to draw, a note in its place (not an empty plot with a degenerate axis).
export async function barChart(
  table: PublishedTable,
  spec: (table: PublishedTable) => Parameters<typeof renderSvg>[0],
  alt: string,
): Promise<string> {
  if (everyBarWithheld(table))
    return `<p class="note withheld">Chart withheld (${e(alt)}): every group is below the publication threshold (small-number suppression).</p>`;
  return `${await chart(spec(table), alt)}${suppressedNote(table)}`;
}
