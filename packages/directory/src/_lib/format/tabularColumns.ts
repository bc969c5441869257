// The tables and column names of a tabular package, read cheaply (header rows only).
import { tableName } from "../assembleTabular.ts";
import { parseCsv } from "../csv.ts";
import { isRecord } from "../read.ts";
import type { TableColumns } from "./tabularSignals.ts";

/** The header row of a CSV text: everything up to the first line end outside quotes. */
function headerOf(text: string): string[] {
  let inQuotes = false;
  let end = text.length;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === "\n" || ch === "\r")) {
      end = i;
      break;
    }
  }
  // The header line twice: the second copy becomes a row whose keys are the column names.
  const line = text.slice(0, end);
  return Object.keys(parseCsv(`${line}\n${line}\n`).rows[0] ?? {});
}

/** Whether a value is a set of files by name: every value a string, some name ending `.csv`. */
export function isCsvFiles(value: unknown): value is Readonly<Record<string, string>> {
  if (!isRecord(value)) return false;
  const entries = Object.entries(value);
  return (
    entries.length > 0 &&
    entries.every(([, v]) => typeof v === "string") &&
    entries.some(([k]) => k.toLowerCase().endsWith(".csv"))
  );
}

/** Table → columns of CSV files by name (non-CSV files are skipped). */
export function csvColumns(files: Readonly<Record<string, string>>): TableColumns {
  const out = new Map<string, readonly string[]>();
  for (const [name, text] of Object.entries(files)) {
    if (!name.toLowerCase().endsWith(".csv")) continue;
    out.set(tableName(name), headerOf(text));
  }
  return out;
}

/** Table → columns of the tabular JSON example (`{ "services.csv": [ {...} ] }`). */
export function tabularJsonColumns(value: Readonly<Record<string, unknown>>): TableColumns {
  const out = new Map<string, readonly string[]>();
  for (const [name, rows] of Object.entries(value)) {
    if (!Array.isArray(rows)) continue;
    const cols = new Set<string>();
    for (const r of rows as unknown[]) if (isRecord(r)) for (const k of Object.keys(r)) cols.add(k);
    out.set(tableName(name), [...cols]);
  }
  return out;
}
