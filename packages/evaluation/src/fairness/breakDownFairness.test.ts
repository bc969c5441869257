import type { EqualityMonitoring } from "@carerkit/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { deepFreeze } from "../../../../scripts/test/deepFreeze.ts";
import { SUPPRESSION_RULES } from "../disclosure/suppressionRules.ts";
import { breakDownFairness, type FairnessRecord } from "./breakDownFairness.ts";

const LEGACY = SUPPRESSION_RULES.legacy1to5;

function people(n: number, record: FairnessRecord): FairnessRecord[] {
  return Array.from({ length: n }, () => record);
}

// Derived: 20 women (18 assessed, 15 supported, 12 measured, 9 improved), 14 men (all assessed,
// 10 supported, 8 measured, 3 improved), 2 "prefer not to say" (assessed), 2 not recorded.
const RECORDS = deepFreeze([
  ...people(9, { equality: { sex: "female" }, assessed: true, supported: true, improved: true }),
  ...people(3, { equality: { sex: "female" }, assessed: true, supported: true, improved: false }),
  ...people(3, { equality: { sex: "female" }, assessed: true, supported: true }),
  ...people(3, { equality: { sex: "female" }, assessed: true }),
  ...people(2, { equality: { sex: "female" } }),
  ...people(3, { equality: { sex: "male" }, assessed: true, supported: true, improved: true }),
  ...people(5, { equality: { sex: "male" }, assessed: true, supported: true, improved: false }),
  ...people(2, { equality: { sex: "male" }, assessed: true, supported: true }),
  ...people(4, { equality: { sex: "male" }, assessed: true }),
  ...people(2, { equality: { sex: "prefer_not_to_say" }, assessed: true }),
  ...people(2, {}),
]);

describe("breakDownFairness", () => {
  const [sex] = breakDownFairness(RECORDS, { fields: ["sex"], rule: LEGACY }).tables;
  const display = sex?.table.cells.map((row) => row.map((c) => c.display));

  it("names only categories with more people than the threshold and merges the rest unnamed", () => {
    expect(sex?.table.rows).toEqual(["female", "male", "Other categories (combined)"]);
    expect(sex?.table.rowTotals).toEqual([]);
  });

  it("suppresses small cells and then a second cell in each column so none can be subtracted back", () => {
    // Reached: 20, 14, 4 → 4 is primary; the column total (38) is published, so the next
    // smallest (14) goes too. Assessed: 18, 14, 2 → 2, then 14. Improved: 9, 3, 0 → 3, then 9.
    expect(display).toEqual([
      ["20", "18", "15", "12", "*"],
      ["*", "*", "10", "8", "*"],
      ["*", "*", "0", "0", "0"],
    ]);
    expect(sex?.table.columnTotals.map((c) => c.display)).toEqual(["38", "34", "25", "20", "12"]);
    for (let c = 0; c < 5; c++) {
      const suppressed = sex?.table.cells.filter((row) => row[c]?.value === null).length ?? 0;
      expect(suppressed, `column ${String(c)}`).not.toBe(1);
    }
  });

  it("withholds a percentage whose count or complement is small", () => {
    // Women: assessed 18 of 20 and supported 15 of 20 leave complements of 2 and 5 (small):
    // withheld; outcome measured 12 of 20 = 60%; improved is suppressed.
    expect(sex?.percentages[0]).toEqual([null, null, 60, null]);
    expect(sex?.percentages[2]).toEqual([null, null, null, null]);
  });

  it("groups ethnicity into the five ONS 2021 high-level groups unless asked for detail", () => {
    const records = [
      ...people(4, { equality: { ethnicity: "asian_indian" } }),
      ...people(4, { equality: { ethnicity: "asian_pakistani" } }),
      ...people(8, { equality: { ethnicity: "white_british" } }),
    ];
    const grouped = breakDownFairness(records, { fields: ["ethnicity"], rule: LEGACY });
    expect(grouped.tables[0]?.table.rows).toEqual(["asian", "white"]);
    const detailed = breakDownFairness(records, {
      fields: ["ethnicity"],
      ethnicity: "detailed",
      rule: LEGACY,
    });
    expect(detailed.tables[0]?.table.rows).toEqual([
      "white_british",
      "Other categories (combined)",
    ]);
  });

  it("uses NHS Digital 2018 by default: 1–7 suppressed, others rounded to 5", () => {
    const { tables, rule } = breakDownFairness(RECORDS, { fields: ["sex"] });
    expect(rule).toBe(SUPPRESSION_RULES.nhsDigital2018);
    expect(tables[0]?.table.rows).toEqual(["female", "male", "Other categories (combined)"]);
    expect(tables[0]?.table.cells[0]?.[0]?.display).toBe("20");
  });

  it("never names a small category, never shows a small count, never leaves one suppressed cell in a column", () => {
    const answer = fc.constantFrom<EqualityMonitoring["sex"]>(
      "female",
      "male",
      "prefer_not_to_say",
      undefined,
    );
    const record = fc.record({
      sex: answer,
      assessed: fc.boolean(),
      supported: fc.boolean(),
      improved: fc.option(fc.boolean(), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(record, { maxLength: 60 }), (raw) => {
        const records = raw.map(({ sex, ...rest }) => ({
          ...rest,
          ...(sex === undefined ? {} : { equality: { sex } }),
        }));
        const table = breakDownFairness(records, { fields: ["sex"], rule: LEGACY }).tables[0]
          ?.table;
        if (!table) return false;
        for (const label of table.rows) {
          if (label === "Other categories (combined)") continue;
          const n = records.filter((r) => (r.equality?.sex ?? "Not recorded") === label).length;
          expect(n).toBeGreaterThan(LEGACY.threshold);
        }
        for (const cell of [...table.cells.flat(), ...table.columnTotals])
          if (cell.value !== null)
            expect(cell.value === 0 || cell.value > LEGACY.threshold).toBe(true);
        table.columns.forEach((_, c) => {
          const suppressed = table.cells.filter((row) => row[c]?.value === null).length;
          const total = table.columnTotals[c]?.value === null ? 1 : 0;
          expect(suppressed + total).not.toBe(1);
        });
        return true;
      }),
      { numRuns: 200 },
    );
  });
});
