// RFC 4180 CSV: quoted fields with "" escapes, CRLF or LF line ends, a header row, UTF-8 BOM.
import { must } from "./must.ts";

export interface CsvTable {
  readonly rows: Record<string, string>[];
  readonly problems: { readonly line: number; readonly message: string }[];
  /** Fields each row had as written (rows shorter than the header are padded with ""). */
  readonly widths: number[];
}

export function parseCsv(text: string): CsvTable {
  const records: string[][] = [];
  const lines: number[] = [];
  let field = "";
  let record: string[] = [];
  let inQuotes = false;
  let line = 1;
  let recordLine = 1;
  const problems: CsvTable["problems"] = [];
  const src = text.startsWith("\uFEFF") ? text.slice(1) : text;
  for (let i = 0; i < src.length; i++) {
    const ch = must(src[i]);
    if (inQuotes) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else {
        if (ch === "\n") line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && field === "") inQuotes = true;
    else if (ch === ",") {
      record.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && src[i + 1] === "\n") i++;
      record.push(field);
      records.push(record);
      lines.push(recordLine);
      record = [];
      field = "";
      line++;
      recordLine = line;
    } else field += ch;
  }
  if (inQuotes)
    problems.push({
      line: recordLine,
      message: "a quoted field is not closed before the end of the file",
    });
  if (field !== "" || record.length > 0) {
    record.push(field);
    records.push(record);
    lines.push(recordLine);
  }
  const [header, ...body] = records;
  if (header === undefined) return { rows: [], problems, widths: [] };
  const names = header.map((h) => h.trim());
  const rows: Record<string, string>[] = [];
  const widths: number[] = [];
  body.forEach((r, k) => {
    if (r.length === 1 && r[0] === "") return; // blank line
    if (r.length !== names.length) {
      problems.push({
        line: lines[k + 1] ?? 0,
        message: `expected ${names.length} fields as in the header, got ${r.length}`,
      });
    }
    const row: Record<string, string> = {};
    names.forEach((name, j) => {
      row[name] = r[j] ?? "";
    });
    rows.push(row);
    widths.push(r.length);
  });
  return { rows, problems, widths };
}
