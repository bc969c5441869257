import type { ConservationReport } from "../../offer/conservationReport.ts";
import { accountForImport, type ImportOutput } from "./accountForImport.ts";
import { specOf } from "./specOf.ts";
import { tabularRecords, type CountedTable } from "./tabularRecords.ts";

/** The conservation report of a tabular import, over the tables as they were given. */
export function conserveTabular(
  tables: ReadonlyMap<string, CountedTable>,
  family: "legacy" | "hsds3",
  out: ImportOutput,
): ConservationReport {
  let cellsIn = 0;
  for (const { rows, widths } of tables.values())
    rows.forEach((row, i) => {
      cellsIn += widths?.[i] ?? Object.keys(row).length;
    });
  return accountForImport({ records: tabularRecords(tables), cellsIn }, out, specOf(family));
}
