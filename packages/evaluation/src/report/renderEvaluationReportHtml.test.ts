import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { buildEvaluationReport } from "./buildEvaluationReport.ts";
import { readEvaluationCsv } from "./readEvaluationCsv.ts";
import { renderEvaluationReportHtml } from "./renderEvaluationReportHtml.ts";
import { toReportCsvTables } from "./toReportCsvTables.ts";
import { EXAMPLE_OPTIONS } from "../__fixtures__/exampleOptions.ts";

const text = readFileSync(
  new URL("../__fixtures__/example-evaluation.csv", import.meta.url),
  "utf8",
);
const rows = readEvaluationCsv(text);
if (!rows.success) throw new Error("example dataset does not read");
const report = buildEvaluationReport(rows.data, EXAMPLE_OPTIONS);

describe("renderEvaluationReportHtml", () => {
  it("renders a self-contained page with four inline SVG charts and no script or external resource", async () => {
    const html = await renderEvaluationReportHtml(report);
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html.match(/<svg/g)).toHaveLength(4);
    expect(html).not.toMatch(/<script|<link|<img|@import|url\(/i);
    const urls = html.match(/https?:\/\/[^"'\s)]+/g) ?? [];
    expect(new Set(urls)).toEqual(
      new Set(["http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink"]),
    );
    expect(html).toContain("Paired t-test");
    expect(html).toContain("<td>*</td>");
    expect(html).not.toContain("BT-0");
  });

  it("renders an empty dataset and a tiny one, withholding what rests on too few people", async () => {
    const empty = await renderEvaluationReportHtml(buildEvaluationReport([], EXAMPLE_OPTIONS));
    expect(empty).toContain("Withheld: based on fewer than 8 people.");
    const tiny = buildEvaluationReport(rows.data.slice(0, 12), EXAMPLE_OPTIONS);
    const html = await renderEvaluationReportHtml(tiny);
    expect(html).toContain("Withheld");
    expect(html).not.toMatch(/<script/i);
  });

  const WITHHELD = "every group is below the publication threshold (small-number suppression).";
  const BAR_CHARTS = [
    "SWEMWBS scores before and after",
    "Change per person in SWEMWBS",
    "Carers identified and supported by period",
  ];
  const figures = (html: string): string[] =>
    [...html.matchAll(/<figure class="chart" role="img" aria-label="([^"]*)"/g)].map((m) => m[1]!);

  it("draws no bar chart whose every bar is suppressed, and says so in its place", async () => {
    // 12 people: every non-empty group of the three bar charts is below the threshold.
    const tiny = buildEvaluationReport(rows.data.slice(0, 12), EXAMPLE_OPTIONS);
    const html = await renderEvaluationReportHtml(tiny);
    expect(figures(html).filter((f) => BAR_CHARTS.includes(f))).toEqual([]);
    for (const name of BAR_CHARTS)
      expect(html).toContain(`<p class="note withheld">Chart withheld (${name}): ${WITHHELD}</p>`);
    expect(html).not.toContain("0.000000");
    expect(html).not.toContain("Bars for suppressed counts");
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain("<h2>Reach</h2>");
  });

  it("still draws a bar chart when only some of its bars are suppressed", async () => {
    const html = await renderEvaluationReportHtml(report);
    expect(figures(html)).toEqual([
      "SWEMWBS scores before and after",
      "Change per person in SWEMWBS",
      "Share still attending after each session",
      "Carers identified and supported by period",
    ]);
    expect(html).not.toContain("Chart withheld");
    expect(html).toContain("Bars for suppressed counts (*) are not drawn.");
    // 30 people: some periods are published, others suppressed.
    const some = await renderEvaluationReportHtml(
      buildEvaluationReport(rows.data.slice(0, 30), EXAMPLE_OPTIONS),
    );
    expect(figures(some)).toContain("Carers identified and supported by period");
    expect(some).not.toContain("Chart withheld (Carers identified and supported by period)");
  });

  it("escapes the title", async () => {
    const html = await renderEvaluationReportHtml({ ...report, title: "<b>Carers & co</b>" });
    expect(html).toContain("&lt;b&gt;Carers &amp; co&lt;/b&gt;");
  });
});

describe("toReportCsvTables", () => {
  it("writes the protected tables and the tests as CSV", () => {
    const files = toReportCsvTables(report);
    expect(Object.keys(files)).toContain("tests.csv");
    expect(files["reach-by-period.csv"]?.split("\r\n")[0]).toBe(",Identified,Supported");
    expect(files["tests.csv"]?.split("\r\n")[1]).toMatch(/^paired t,Paired t-test,t,/);
    expect(files["dropout-by-session.csv"]).toContain("*");
  });
});

describe("renderEvaluationReportHtml's effect-size note", () => {
  it("says which interval each effect size has, as computed (noncentral-t by default), not Wald for all", async () => {
    const html = await renderEvaluationReportHtml(report);
    const note = /<p class="note">d_z = [^<]*<\/p>/.exec(html)?.[0] ?? "";
    expect(note).toContain("noncentral t distribution at the observed t");
    expect(note).not.toMatch(/^<p class="note">[^<]*\. Wald intervals with/);
    const stats = report.outcomes[0]?.statistics;
    if (stats && "effectSizes" in stats && "dz" in stats.effectSizes) {
      const methods = new Set(
        [stats.effectSizes.dz, stats.effectSizes.dav, stats.effectSizes.gav].map(
          (x) => x.intervalMethod,
        ),
      );
      expect(note.includes("Wald intervals")).toBe(methods.has("wald"));
    }
  });
});
