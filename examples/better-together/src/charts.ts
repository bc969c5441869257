// One chart the evaluation package does not draw: the standardised change in each outcome
// (Hedges' g_av with its 95% interval), turned so that improvement is always to the right. It
// shows only statistics the evaluation report has already cleared for publication.
import type { EvaluationReport } from "@carerkit/evaluation";

/** One outcome's row in the chart. */
export interface ChangeRow {
  readonly label: string;
  readonly report: EvaluationReport;
}

const esc = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * Draws the standardised change of each outcome as an inline SVG forest plot.
 *
 * @param rows - The outcomes, each with its protected report.
 * @returns The `<figure>` with the SVG, or a sentence when every statistic is withheld.
 */
export function standardisedChangeChart(rows: readonly ChangeRow[]): string {
  const points = rows.flatMap(({ label, report }) => {
    const s = report.outcome.statistics;
    if ("withheld" in s || "withheld" in s.effectSizes) return [];
    const sign = report.outcome.measure.direction === "lower-is-better" ? -1 : 1;
    const g = s.effectSizes.gav;
    const [a, b] = [sign * g.confidenceInterval.lower, sign * g.confidenceInterval.upper];
    return [{ label, value: sign * g.value, lower: Math.min(a, b), upper: Math.max(a, b), n: s.n }];
  });
  if (points.length === 0) return `<p>Standardised change: withheld (too few people).</p>`;
  const width = 640;
  const rowHeight = 46;
  const left = 230;
  const right = 30;
  const top = 36;
  const height = top + rowHeight * points.length + 46;
  const lo = Math.min(-0.5, ...points.map((p) => Math.floor(p.lower * 2) / 2));
  const hi = Math.max(1.5, ...points.map((p) => Math.ceil(p.upper * 2) / 2));
  const x = (v: number): number => left + ((v - lo) / (hi - lo)) * (width - left - right);
  const ticks: number[] = [];
  for (let t = lo; t <= hi + 1e-9; t += 0.5) ticks.push(Math.round(t * 10) / 10);
  const axisY = top + rowHeight * points.length;
  const parts = [
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="10" y="20" font-size="13" font-weight="600" fill="#1b1b1b">Standardised change (Hedges' g_av, 95% interval); right = better</text>`,
    ...ticks.map(
      (t) =>
        `<line x1="${x(t).toFixed(1)}" y1="${top - 6}" x2="${x(t).toFixed(1)}" y2="${axisY}" stroke="${t === 0 ? "#505a5f" : "#dddddd"}" stroke-width="${t === 0 ? 1.5 : 1}"/>` +
        `<text x="${x(t).toFixed(1)}" y="${axisY + 18}" font-size="11" text-anchor="middle" fill="#505a5f">${t.toFixed(1)}</text>`,
    ),
    `<text x="${((left + width - right) / 2).toFixed(1)}" y="${axisY + 38}" font-size="11" text-anchor="middle" fill="#505a5f">0.2 small, 0.5 medium, 0.8 large (Cohen)</text>`,
    ...points.map((p, i) => {
      const y = top + rowHeight * i + rowHeight / 2;
      return (
        `<text x="${left - 12}" y="${y + 4}" font-size="12" text-anchor="end" fill="#1b1b1b">${esc(p.label)} (n = ${p.n})</text>` +
        `<line x1="${x(p.lower).toFixed(1)}" y1="${y}" x2="${x(p.upper).toFixed(1)}" y2="${y}" stroke="#005eb8" stroke-width="3"/>` +
        `<rect x="${(x(p.value) - 6).toFixed(1)}" y="${y - 6}" width="12" height="12" fill="#005eb8"/>` +
        `<text x="${x(p.value).toFixed(1)}" y="${y - 10}" font-size="11" text-anchor="middle" fill="#1b1b1b">${p.value.toFixed(2)}</text>`
      );
    }),
  ];
  return `<figure class="chart" role="img" aria-label="Standardised change in each outcome with 95% intervals"><svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join("")}</svg></figure>`;
}
