import { describe, expect, it } from "vitest";
import { determinedEntries } from "./determinedEntries.ts";

/** Lines of an r × c table extended by its totals (last column, last row). */
function linesOf(rows: number, cols: number): [number, number][][] {
  const lines: [number, number][][] = [];
  for (let r = 0; r <= rows; r++) lines.push(Array.from({ length: cols + 1 }, (_, c) => [r, c]));
  for (let c = 0; c <= cols; c++) lines.push(Array.from({ length: rows + 1 }, (_, r) => [r, c]));
  return lines;
}

const keyOf = ([r, c]: [number, number]): string => `${r},${c}`;

describe("determinedEntries", () => {
  it("finds a cell that is alone in its row", () => {
    const hidden = new Set(["0,0"]);
    expect(determinedEntries(linesOf(2, 2), (p) => hidden.has(keyOf(p)), keyOf)).toEqual(["0,0"]);
  });

  it("leaves a 2 × 2 block undetermined", () => {
    const hidden = new Set(["0,0", "0,1", "1,0", "1,1"]);
    expect(determinedEntries(linesOf(3, 3), (p) => hidden.has(keyOf(p)), keyOf)).toEqual([]);
  });

  it("finds the cell bridging two suppressed blocks, though every line has two suppressed cells", () => {
    // blocks {0,1}×{0,1} and {2,3}×{2,3}, bridged by (1,2)
    const hidden = new Set(["0,0", "0,1", "1,0", "1,1", "2,2", "2,3", "3,2", "3,3", "1,2"]);
    expect(determinedEntries(linesOf(4, 4), (p) => hidden.has(keyOf(p)), keyOf)).toEqual(["1,2"]);
  });
});
