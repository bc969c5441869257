import type { PublishedTable } from "../../disclosure/suppressSmallNumbers.ts";
import type { PublishedShareTable } from "../../report/types.ts";

/** Each cell's percentage of its published column total; null where either is suppressed. */
export function shares(table: PublishedTable): PublishedShareTable {
  return {
    table,
    percentages: table.cells.map((row) =>
      row.map((cell, c) => {
        const total = table.columnTotals[c]?.value;
        return cell.value === null || total === null || total === undefined || total === 0
          ? null
          : (100 * cell.value) / total;
      }),
    ),
  };
}
