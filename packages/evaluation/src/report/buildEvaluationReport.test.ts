import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { buildEvaluationReport } from "./buildEvaluationReport.ts";
import { readEvaluationCsv } from "./readEvaluationCsv.ts";
import { EXAMPLE_OPTIONS } from "../__fixtures__/exampleOptions.ts";
import { summarisePairedOutcomes } from "../paired/summarisePairedOutcomes.ts";
import type { EvaluationRow } from "./evaluationDataset.ts";

function exampleRows(): EvaluationRow[] {
  const text = readFileSync(
    new URL("../__fixtures__/example-evaluation.csv", import.meta.url),
    "utf8",
  );
  const result = readEvaluationCsv(text);
  if (!result.success) throw new Error(result.error[0]?.message);
  return result.data;
}

describe("buildEvaluationReport", () => {
  it("reports the same paired statistics as summarisePairedOutcomes", () => {
    const rows = exampleRows();
    const report = buildEvaluationReport(rows, EXAMPLE_OPTIONS);
    const paired = rows.filter((r) => r.pre !== undefined && r.post !== undefined);
    const direct = summarisePairedOutcomes(
      paired.map((r) => r.pre ?? 0),
      paired.map((r) => r.post ?? 0),
    );
    if (!direct.success || "withheld" in report.outcome.statistics) throw new Error("unexpected");
    expect(report.outcome.statistics.tTest).toEqual(direct.data.tTest);
  });

  it("suppresses small counts with the NHS Digital rule by default and publishes only multiples of 5", () => {
    const report = buildEvaluationReport(exampleRows(), EXAMPLE_OPTIONS);
    expect(report.rule?.threshold).toBe(7);
    const tables = [
      report.completeness,
      report.outcome.distribution,
      report.outcome.changeDistribution,
      report.outcome.changeDirections.table,
      report.retention.dropout,
      report.reach.byPeriod,
      report.reach.bySource,
      report.satisfaction.distribution.table,
    ];
    for (const t of tables) {
      for (const cell of [...t.cells.flat(), ...t.rowTotals, ...t.columnTotals]) {
        if (cell.value !== null) expect(cell.value % 5).toBe(0);
      }
    }
    expect(tables.some((t) => t.cells.flat().some((c) => c.display === "*"))).toBe(true);
  });

  it("withholds statistics resting on fewer than 8 people", () => {
    const rows: EvaluationRow[] = Array.from({ length: 6 }, (_, i) => ({
      personId: `p${i}`,
      pre: 20 + i,
      post: 22 + 2 * i,
      satisfaction: 5,
      lastSessionAttended: 6,
      status: "completed",
    }));
    const report = buildEvaluationReport(rows, { ...EXAMPLE_OPTIONS });
    expect(report.outcome.statistics).toEqual({
      withheld: true,
      reason: "based on fewer than 8 people",
    });
    expect(report.satisfaction.median).toMatchObject({ withheld: true });
    expect(report.retention.curve).toMatchObject({ withheld: true });
  });

  it("carries no identifier and does not mutate its input", () => {
    const rows = Object.freeze(exampleRows().map((r) => Object.freeze(r)));
    const report = buildEvaluationReport(rows, EXAMPLE_OPTIONS);
    expect(JSON.stringify(report)).not.toContain("BT-0");
    expect(buildEvaluationReport(rows, EXAMPLE_OPTIONS)).toEqual(report);
  });
});
