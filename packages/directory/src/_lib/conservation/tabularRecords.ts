// The records of a tabular package as the conservation report counts them: one per CSV row,
// its fields as cells (fields beyond the header included).
import type { Rec } from "../read.ts";
import type { InputRecord } from "./inputRecord.ts";

/** One table: its rows and, for CSV, how many fields each row really had. */
export interface CountedTable {
  readonly rows: readonly Rec[];
  /** Fields per row as written; a row shorter than the header has fewer cells. */
  readonly widths?: readonly number[] | undefined;
}

export function tabularRecords(tables: ReadonlyMap<string, CountedTable>): InputRecord[] {
  const out: InputRecord[] = [];
  for (const [table, { rows, widths }] of tables) {
    rows.forEach((row, index) => {
      const entries = Object.entries(row);
      const width = widths?.[index] ?? entries.length;
      const cells: (readonly [string, unknown])[] = entries.slice(0, width);
      for (let k = entries.length; k < width; k++)
        cells.push(["(beyond the header, or a repeated column name)", undefined]);
      out.push({ table, index, path: [table, index], cells });
    });
  }
  return out;
}
