import { capIssues, err, ok, type Result, checkArgument } from "@carerkit/core";
import { parse } from "csv-parse/sync";
import { z } from "zod";
import type { EvaluationIssue } from "../evaluationIssue.ts";
import { argumentIssue } from "../_lib/argumentIssue.ts";
import type { EvaluationCsvAccount } from "./evaluationCsvAccount.ts";
import type { EvaluationRow } from "./evaluationDataset.ts";

const blankToUndefined = (v: unknown): unknown =>
  typeof v === "string" && v.trim() === "" ? undefined : typeof v === "string" ? v.trim() : v;

const numberField = z.preprocess(blankToUndefined, z.coerce.number().optional());
const sessionField = z.preprocess(
  blankToUndefined,
  z.coerce.number().int().nonnegative().optional(),
);
const textField = z.preprocess(blankToUndefined, z.string().optional());
const yesNo = z.preprocess(
  (v) => (typeof v === "string" ? blankToUndefined(v.toLowerCase()) : v),
  z
    .enum(["yes", "no", "true", "false", "1", "0", "y", "n"])
    .transform((v) => ["yes", "true", "1", "y"].includes(v))
    .optional(),
);
const statusField = z.preprocess(
  (v) => (typeof v === "string" ? blankToUndefined(v.toLowerCase()) : v),
  z.enum(["completed", "dropped-out", "ongoing"]).optional(),
);

/** The columns read, the schema of each, and what to say when a value does not fit. */
const COLUMNS = {
  person_id: {
    key: "personId",
    schema: z.string().trim().min(1),
    expected: "a non-empty identifier",
  },
  period: { key: "period", schema: textField, expected: "a period such as 2026-Q1" },
  referral_source: { key: "referralSource", schema: textField, expected: "a referral source" },
  supported: { key: "supported", schema: yesNo, expected: "yes or no" },
  pre: { key: "pre", schema: numberField, expected: "a number" },
  post: { key: "post", schema: numberField, expected: "a number" },
  last_session: {
    key: "lastSessionAttended",
    schema: sessionField,
    expected: "a whole number ≥ 0",
  },
  status: { key: "status", schema: statusField, expected: "completed, dropped-out or ongoing" },
  satisfaction: { key: "satisfaction", schema: numberField, expected: "a number" },
} as const;

type Column = keyof typeof COLUMNS;

const isColumn = (name: string): name is Column => Object.hasOwn(COLUMNS, name);

/** `pre_<key>` / `post_<key>`: the scores of a further outcome measure, read into `outcomes`. */
const MEASURE_COLUMN = /^(pre|post)_([a-z][a-z0-9_]{0,63})$/;

/**
 * Reads one further-measure cell into the row's `outcomes`.
 *
 * @param row - The row being built (changed in place; it is this reader's own object).
 * @param match - The column name's match of {@link MEASURE_COLUMN}.
 * @param raw - The cell's text.
 * @returns What was wrong with the cell, or `undefined`.
 * @example
 * readMeasureCell(row, MEASURE_COLUMN.exec("pre_ucla3")!, "7"); //=> undefined
 */
function readMeasureCell(
  row: Record<string, unknown>,
  match: RegExpExecArray,
  raw: string,
): string | undefined {
  const parsed = numberField.safeParse(raw);
  if (!parsed.success) return "expected a number, got other text";
  if (parsed.data === undefined) return undefined;
  const [, when = "pre", key = ""] = match;
  const outcomes = (row["outcomes"] ?? {}) as Record<string, Record<string, number>>;
  outcomes[key] = { ...(Object.hasOwn(outcomes, key) ? outcomes[key] : {}), [when]: parsed.data };
  row["outcomes"] = outcomes;
  return undefined;
}

/**
 * Reads an evaluation dataset from CSV text (UTF-8, comma-separated, first line the header).
 * Columns, in any order: `person_id` (required), `period`, `referral_source`, `supported`
 * (yes/no), `pre`, `post`, `last_session`, `status` (completed / dropped-out / ongoing),
 * `satisfaction`, and for further outcome measures `pre_<key>` and `post_<key>` (lower-case
 * key, e.g. `pre_ucla3`), read into each row's `outcomes[key]` for the report's `outcomes`
 * option. Empty cells are missing values; other columns are ignored (never read into the
 * result) and named in the account, which counts every cell. A column given twice is refused.
 * Every bad row is reported, each with its line number, the column and what was expected;
 * person identifiers are never quoted.
 *
 * @param text - The CSV file's contents.
 * @returns The rows and their account, or the issues found (code `invalid_row`), each naming
 *   its line: at most 100, then one `too_many_issues` issue counting the rest.
 * @example
 * const result = readEvaluationCsvWithAccount("person_id,name,pre\nc-1,Ann,41\n");
 * if (result.success) result.data.account.columnsIgnored; //=> ["name"]
 */
export function readEvaluationCsvWithAccount(
  text: string,
): Result<{ rows: EvaluationRow[]; account: EvaluationCsvAccount }, EvaluationIssue[]> {
  const shape = argumentIssue(() => {
    checkArgument("readEvaluationCsvWithAccount", { text }, "string");
  });
  if (shape) return err([shape]);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (cause) {
    // csv-parse's messages quote the offending text, so only its error code is passed on.
    const code = cause instanceof Error && "code" in cause ? String(cause.code) : "unreadable";
    return err([
      { code: "invalid_row", message: `CSV: the text is not valid CSV (${code})`, path: [] },
    ]);
  }
  const [header, ...body] = records;
  if (header === undefined) {
    return err([
      {
        code: "invalid_row",
        message: "line 1: expected a header row, got an empty file",
        path: [1],
      },
    ]);
  }
  const names = header.record.map((h) => h.trim().toLowerCase());
  if (!names.includes("person_id")) {
    return err([
      {
        code: "invalid_row",
        message: `line 1: expected a person_id column, got ${names.join(", ")}`,
        path: [1, "person_id"],
      },
    ]);
  }
  const firstAt = new Map<string, number>();
  for (const [i, name] of names.entries()) {
    const first = firstAt.get(name);
    if (first !== undefined)
      return err([
        {
          code: "invalid_row",
          message: `line 1, column ${i + 1}: expected each column once, got a repeat of column ${first + 1}`,
          path: [1, i + 1],
        },
      ]);
    firstAt.set(name, i);
  }
  const read = names.map((name) => isColumn(name) || MEASURE_COLUMN.test(name));
  const issues: EvaluationIssue[] = [];
  const rows: EvaluationRow[] = [];
  let cellsEmpty = 0;
  const seen = new Map<string, number>();
  for (const { record, info } of body) {
    const line = info.lines;
    if (record.length !== names.length) {
      issues.push({
        code: "invalid_row",
        message: `line ${line}: expected ${names.length} fields, got ${record.length}`,
        path: [line],
      });
      continue;
    }
    const row: Record<string, unknown> = {};
    const before = issues.length;
    for (const [i, name] of names.entries()) {
      if (read[i] === true && (record[i] ?? "").trim() === "") cellsEmpty++;
      const measure = MEASURE_COLUMN.exec(name);
      if (measure) {
        const problem = readMeasureCell(row, measure, record[i] ?? "");
        if (problem !== undefined)
          issues.push({
            code: "invalid_row",
            message: `line ${line}, ${name}: ${problem}`,
            path: [line, name],
          });
        continue;
      }
      if (!isColumn(name)) continue;
      const column = COLUMNS[name];
      const raw = record[i] ?? "";
      const parsed = column.schema.safeParse(raw);
      if (parsed.success) {
        if (parsed.data !== undefined) row[column.key] = parsed.data;
        continue;
      }
      issues.push({
        code: "invalid_row",
        message:
          name === "person_id"
            ? `line ${line}, person_id: expected ${column.expected}, got an empty value`
            : `line ${line}, ${name}: expected ${column.expected}, got other text`,
        path: [line, name],
      });
    }
    if (issues.length > before) continue;
    const id = row["personId"] as string;
    const first = seen.get(id);
    if (first !== undefined) {
      issues.push({
        code: "invalid_row",
        message: `line ${line}, person_id: expected a unique identifier, got a repeat of line ${first}`,
        path: [line, "person_id"],
      });
      continue;
    }
    seen.set(id, line);
    rows.push(row as unknown as EvaluationRow);
  }
  if (issues.length > 0) return err([...capIssues(issues)]);
  const columnsRead = names.filter((_, i) => read[i]);
  const cellsIn = rows.length * names.length;
  const cellsIgnored = rows.length * (names.length - columnsRead.length);
  return ok({
    rows,
    account: {
      rows: rows.length,
      columnsRead,
      columnsIgnored: names.filter((_, i) => !read[i]),
      cellsIn,
      cellsRead: cellsIn - cellsIgnored - cellsEmpty,
      cellsEmpty,
      cellsIgnored,
    },
  });
}

/**
 * {@link readEvaluationCsvWithAccount}'s rows alone, for callers that need no account.
 *
 * @param text - The CSV file's contents.
 * @returns The rows, or the issues found (at most 100, then a `too_many_issues` count).
 * @example
 * const result = readEvaluationCsv("person_id,pre,post\nc-1,41,47\nc-2,38,x\n");
 * if (!result.success) result.error[0]?.message; //=> 'line 3, post: expected a number, got other text'
 */
export function readEvaluationCsv(text: string): Result<EvaluationRow[], EvaluationIssue[]> {
  const read = readEvaluationCsvWithAccount(text);
  return read.success ? ok(read.data.rows) : read;
}
