/** One chart of the report, as a standalone SVG document. */
export interface ReportChart {
  /** A file name: its position and a slug of its description, e.g. `1-scores-before-and-after.svg`. */
  readonly fileName: string;
  /** The chart's text alternative, as in the report. */
  readonly description: string;
  /** The SVG document. */
  readonly svg: string;
}

// The report renderer wraps every chart as <figure class="chart" role="img" aria-label="…"><svg…></svg></figure>.
const FIGURE =
  /<figure class="chart" role="img" aria-label="([^"]*)">(<svg[\s\S]*?<\/svg>)<\/figure>/g;

const ENTITIES: Readonly<Record<string, string>> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
};

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);
}

/**
 * The charts of a rendered evaluation report, each as a standalone SVG file, in report order.
 *
 * @param html - HTML from `renderEvaluationReportHtml`.
 * @returns The charts.
 */
export function chartsFromHtml(html: string): ReportChart[] {
  return [...html.matchAll(FIGURE)].map((match, index) => {
    const description = (match[1] ?? "").replace(
      /&(amp|lt|gt|quot|#39);/g,
      (entity) => ENTITIES[entity] ?? entity,
    );
    const svg = match[2] ?? "";
    const standalone = svg.includes("xmlns=")
      ? svg
      : svg.replace("<svg", '<svg xmlns="http://www.w3.org/2000/svg"');
    return {
      fileName: `${index + 1}-${slug(description)}.svg`,
      description,
      svg: `${standalone}\n`,
    };
  });
}
