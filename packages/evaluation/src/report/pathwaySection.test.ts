import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { EXAMPLE_OPTIONS } from "../__fixtures__/exampleOptions.ts";
import {
  FUNNEL_REFERRALS,
  FUNNEL_STANDARDS,
  TEN_FUNNELS,
} from "../__fixtures__/pathwayReferrals.ts";
import { buildEvaluationReport } from "./buildEvaluationReport.ts";
import { readEvaluationCsv } from "./readEvaluationCsv.ts";
import { renderEvaluationReportHtml } from "./renderEvaluationReportHtml.ts";
import { toReportCsvTables } from "./toReportCsvTables.ts";

const rows = readEvaluationCsv(
  readFileSync(new URL("../__fixtures__/example-evaluation.csv", import.meta.url), "utf8"),
);
if (!rows.success) throw new Error("example dataset does not read");
const pathway = (referrals: typeof TEN_FUNNELS) => ({
  referrals,
  options: {
    asOf: "2026-12-18T17:00:00Z",
    standards: FUNNEL_STANDARDS.slice(0, 1),
  },
});

describe("the evaluation report's pathway section", () => {
  it("is absent without referrals", () => {
    expect(buildEvaluationReport(rows.data, EXAMPLE_OPTIONS).pathway).toBeNull();
  });

  it("is protected with the report's rule", () => {
    const report = buildEvaluationReport(rows.data, {
      ...EXAMPLE_OPTIONS,
      pathway: pathway(FUNNEL_REFERRALS),
    });
    // Twelve referrals under NHS Digital 2018 (see summarisePathwayFunnel.test.ts).
    expect(report.pathway?.overall.reached).toEqual([10, 10, null, null, null]);
  });

  it("renders the funnel chart, conversions, days between stages and standards", async () => {
    const report = buildEvaluationReport(rows.data, {
      ...EXAMPLE_OPTIONS,
      pathway: pathway(TEN_FUNNELS),
    });
    const html = await renderEvaluationReportHtml(report);
    expect(html).toContain("<h2>The carer's pathway: referral to review</h2>");
    expect(html).toContain('aria-label="Referrals reaching each stage of the pathway"');
    expect(html.match(/<svg/g)).toHaveLength(5); // the report's four, and the funnel
    expect(html).toContain(
      "<td>83.3%</td><td>70.0%</td><td>57.1%</td><td>50.0%</td><td>58.3%</td>",
    );
    expect(html).toContain("Contacted within 5 working days");
    expect(html).not.toMatch(/<script|<link|<img|@import/i);
    expect(html).not.toContain("W1-0");
  });

  it("withholds the chart when too few stages can be published", async () => {
    // W1–W5 reach 5, 4, 3, 2, 1: all suppressed.
    const report = buildEvaluationReport(rows.data, {
      ...EXAMPLE_OPTIONS,
      pathway: pathway(FUNNEL_REFERRALS.slice(0, 5)),
    });
    const html = await renderEvaluationReportHtml(report);
    expect(html).toContain("Chart withheld (referrals reaching each stage)");
    expect(html.match(/<svg/g)).toHaveLength(4);
  });

  it("adds the pathway tables to the CSV files", () => {
    const report = buildEvaluationReport(rows.data, {
      ...EXAMPLE_OPTIONS,
      pathway: pathway(TEN_FUNNELS),
    });
    const files = toReportCsvTables(report);
    expect(Object.keys(files).filter((name) => name.startsWith("pathway-"))).toEqual([
      "pathway-stages.csv",
      "pathway-by-source.csv",
      "pathway-by-month.csv",
      "pathway-outcomes.csv",
      "pathway-standards.csv",
    ]);
    expect(files["pathway-stages.csv"]).toContain("Referred,120");
  });
});
