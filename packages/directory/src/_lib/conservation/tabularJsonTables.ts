import { tableName } from "../assembleTabular.ts";
import { isRecord, type Rec } from "../read.ts";
import type { CountedTable } from "./tabularRecords.ts";

/** The tables of the HSDS tabular JSON (`{ "services.csv": [ {...} ] }`), rows as given. */
export function tabularJsonTables(
  value: Readonly<Record<string, unknown>>,
): Map<string, CountedTable> {
  const out = new Map<string, CountedTable>();
  for (const [key, rows] of Object.entries(value)) {
    const list: Rec[] = Array.isArray(rows)
      ? (rows as unknown[]).map((r) => (isRecord(r) ? r : { "(not a row)": r }))
      : [{ "(not a table)": rows }];
    out.set(tableName(key), { rows: list });
  }
  return out;
}
