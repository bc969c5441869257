import type { ConservationReport } from "../../offer/conservationReport.ts";
import { accountForImport, type ImportOutput } from "./accountForImport.ts";
import { countJsonCells, jsonRecords } from "./jsonRecords.ts";
import { specOf } from "./specOf.ts";

/** The conservation report of a JSON import. */
export function conserveJson(input: unknown, out: ImportOutput): ConservationReport {
  return accountForImport(
    { records: jsonRecords(input), cellsIn: countJsonCells(input) },
    out,
    specOf("hsds3"),
  );
}
