import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { suppressSmallNumbers, type PublishedTable } from "./suppressSmallNumbers.ts";
import { SUPPRESSION_RULES, type SuppressionRule } from "./suppressionRules.ts";
import { determinedEntries } from "../_lib/determinedEntries.ts";

const RULES: SuppressionRule[] = Object.values(SUPPRESSION_RULES);

/** Every line (row or column of the table extended by its totals) as a list of cells. */
function lines(t: PublishedTable) {
  const rows = t.cells.map((row, r) => [...row, t.rowTotals[r]!]);
  rows.push([...t.columnTotals, t.grandTotal!]);
  const cols = rows[0]!.map((_, c) => rows.map((row) => row[c]!));
  return [...rows, ...cols];
}

const tables = fc
  .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }))
  .chain(([r, c]) =>
    fc.array(
      fc.array(fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 300 })), {
        minLength: c,
        maxLength: c,
      }),
      {
        minLength: r,
        maxLength: r,
      },
    ),
  )
  .map((counts) => ({
    rows: counts.map((_, i) => `r${i}`),
    columns: (counts[0] ?? []).map((_, j) => `c${j}`),
    counts,
  }));

describe("suppressSmallNumbers", () => {
  it("applies the NHS Digital rule: 1–7 suppressed, others and totals rounded to 5 from unrounded values", () => {
    const t = suppressSmallNumbers(
      {
        rows: ["GP", "Hospital", "Self"],
        columns: ["Q1", "Q2"],
        counts: [
          [12, 3],
          [40, 52],
          [6, 0],
        ],
      },
      { ...SUPPRESSION_RULES.nhsDigital2018, secondary: false },
    );
    expect(t.cells.map((row) => row.map((c) => c.display))).toEqual([
      ["10", "*"],
      ["40", "50"],
      ["*", "0"],
    ]);
    expect(t.rowTotals.map((c) => c.display)).toEqual(["15", "90", "*"]);
    expect(t.columnTotals.map((c) => c.display)).toEqual(["60", "55"]);
    expect(t.grandTotal?.display).toBe("115"); // 113 rounded
  });

  it("applies the legacy 1–5 rule with secondary suppression of the next smallest cell", () => {
    const t = suppressSmallNumbers(
      {
        rows: ["a", "b"],
        columns: ["x", "y", "z"],
        counts: [
          [3, 20, 30],
          [10, 40, 50],
        ],
      },
      SUPPRESSION_RULES.legacy1to5,
    );
    expect(t.cells[0]!.map((c) => c.status)).toEqual(["primary", "secondary", "shown"]);
    expect(t.cells[1]!.map((c) => c.status)).toEqual(["secondary", "secondary", "shown"]);
    expect(t.rowTotals.map((c) => c.display)).toEqual(["53", "100"]);
  });

  it("never publishes a count from 1 to the threshold", () => {
    fc.assert(
      fc.property(tables, fc.constantFrom(...RULES), (input, rule) => {
        const t = suppressSmallNumbers(input, rule);
        input.counts.forEach((row, r) => {
          row.forEach((v, c) => {
            if (v >= 1 && v <= rule.threshold) expect(t.cells[r]![c]!.value).toBeNull();
          });
        });
      }),
    );
  });

  it("never leaves a suppressed cell alone in a row or column, so totals cannot reveal it", () => {
    fc.assert(
      fc.property(tables, fc.constantFrom(...RULES), (input, rule) => {
        const t = suppressSmallNumbers(input, rule);
        for (const line of lines(t)) {
          const suppressed = line.filter((c) => c.value === null).length;
          expect(suppressed === 0 || suppressed >= 2).toBe(true);
        }
      }),
    );
  });

  it("protects a small cell bridging two suppressed blocks, which passes every row and column check", () => {
    // Small counts at {0,1}×{0,1}, {2,3}×{2,3} and the bridge (1,2); all other cells large.
    const small = new Set(["0,0", "0,1", "1,0", "1,1", "2,2", "2,3", "3,2", "3,3", "1,2"]);
    const counts = [0, 1, 2, 3].map((r) =>
      [0, 1, 2, 3].map((c) => (small.has(`${r},${c}`) ? 2 : 50)),
    );
    const t = suppressSmallNumbers(
      { rows: ["a", "b", "c", "d"], columns: ["w", "x", "y", "z"], counts },
      SUPPRESSION_RULES.legacy1to5,
    );
    const entries = lines(t)
      .slice(0, 5)
      .map((row, r) => row.map((cell, c) => ({ r, c, cell })));
    const columns = entries[0]!.map((_, c) => entries.map((row) => row[c]!));
    expect(
      determinedEntries(
        [...entries, ...columns],
        (e) => e.cell.value === null,
        (e) => `${e.r},${e.c}`,
      ),
    ).toEqual([]);
    expect(t.cells.flat().filter((c) => c.status === "secondary").length).toBeGreaterThan(0);
  });

  it("never leaves a suppressed cell that the published sums determine exactly", () => {
    fc.assert(
      fc.property(tables, fc.constantFrom(...RULES), (input, rule) => {
        const t = suppressSmallNumbers(input, rule);
        const grid = lines(t).slice(0, t.rows.length + 1);
        const entries = grid.map((row, r) => row.map((cell, c) => ({ r, c, cell })));
        const rowLines = entries;
        const colLines = entries[0]!.map((_, c) => entries.map((row) => row[c]!));
        const found = determinedEntries(
          [...rowLines, ...colLines],
          (e) => e.cell.value === null,
          (e) => `${e.r},${e.c}`,
        );
        expect(found).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("without rounding, published cells add up to published totals when nothing is suppressed", () => {
    fc.assert(
      fc.property(tables, (input) => {
        const t = suppressSmallNumbers(input, SUPPRESSION_RULES.legacy1to5);
        t.cells.forEach((row, r) => {
          if (row.every((c) => c.value !== null) && t.rowTotals[r]!.value !== null) {
            expect(row.reduce((s, c) => s + (c.value ?? 0), 0)).toBe(t.rowTotals[r]!.value);
          }
        });
      }),
    );
  });

  it("does not mutate its input and is deterministic", () => {
    fc.assert(
      fc.property(tables, (input) => {
        const frozen = Object.freeze({
          rows: Object.freeze([...input.rows]),
          columns: Object.freeze([...input.columns]),
          counts: Object.freeze(input.counts.map((row) => Object.freeze([...row]))),
        });
        expect(suppressSmallNumbers(frozen)).toEqual(suppressSmallNumbers(frozen));
      }),
    );
  });
});
