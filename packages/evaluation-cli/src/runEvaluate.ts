import { basename, resolve } from "node:path";
import { checkArgument, invalidArgument, isCarerKitError } from "@carerkit/core";
import { readEvaluationCsvWithAccount } from "@carerkit/evaluation/report";
import { HELP } from "./_lib/help.ts";
import { printAnalysis } from "./_lib/printAnalysis.ts";
import { isLargeFile, readTextWithProgress } from "./_lib/readTextWithProgress.ts";
import { writeReport } from "./_lib/writeReport.ts";
import { parseEvaluateArgs } from "./parseEvaluateArgs.ts";

/** Where `runEvaluate` reads paths from and writes its text: the process, or a test's stand-in. */
export interface EvaluateIo {
  /** The folder relative paths are resolved against (the process's current directory). */
  readonly cwd: string;
  /** Results (standard output). */
  readonly stdout: (text: string) => void;
  /** Problems and progress (standard error). */
  readonly stderr: (text: string) => void;
}

/** The exit codes of `carerkit-evaluate`. */
const EXIT = { done: 0, badRows: 1, usage: 2 } as const;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

// How many rows the issues name; a list cut at 100 (too_many_issues last) says "more than".
function badRowsOf(
  issues: readonly { code: string; path?: readonly unknown[] | undefined }[],
): string {
  const capped = issues.at(-1)?.code === "too_many_issues";
  const lines = new Set(
    issues.map((issue) => issue.path?.[0]).filter((p) => typeof p === "number"),
  );
  return capped ? `more than ${plural(lines.size, "bad row")}` : plural(lines.size, "bad row");
}

// Node's error code for a file that cannot be read, in words.
function unreadable(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "ENOENT") return "no such file";
  if (code === "EISDIR") return "it is a folder, not a file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  return "it could not be read";
}

// The stand-in for the process must be whole before anything is read or written.
function checkIo(io: EvaluateIo | null | undefined): void {
  if (typeof io !== "object" || io === null) {
    throw invalidArgument("runEvaluate", { io }, "an object with cwd, stdout and stderr");
  }
  checkArgument("runEvaluate", { "io.cwd": io.cwd }, "string");
  checkArgument("runEvaluate", { "io.stdout": io.stdout }, "function");
  checkArgument("runEvaluate", { "io.stderr": io.stderr }, "function");
}

/**
 * Runs `carerkit-evaluate`: reads a CSV of pre/post scores and attendance, prints the analyst's
 * statistics as R prints them, and writes the protected report (report.html, CSV tables, one SVG
 * file per chart). Paths are resolved from `io.cwd`. Bad rows are listed by line and column and
 * nothing is written; no error ends in a stack trace.
 *
 * @param argv - The arguments after the command name, e.g. `["data.csv", "--out", "report"]`.
 * @param io - The current directory and where text goes.
 * @returns The exit code: 0 done, 1 bad rows, 2 a bad option or an unreadable file.
 * @throws CarerKitError `invalid_argument` (as a rejection) when `argv` is not an array or `io`
 *   lacks a `cwd` string and `stdout`/`stderr` functions.
 * @example
 * const code = await runEvaluate(["programme.csv", "--out", "report"], {
 *   cwd: process.cwd(),
 *   stdout: (text) => process.stdout.write(`${text}\n`),
 *   stderr: (text) => process.stderr.write(`${text}\n`),
 * });
 * process.exitCode = code;
 */
export async function runEvaluate(argv: readonly string[], io: EvaluateIo): Promise<number> {
  checkIo(io);
  const args = parseEvaluateArgs(argv);
  if (!args.success) {
    for (const problem of args.error) io.stderr(`carerkit-evaluate: ${problem}`);
    io.stderr("Try carerkit-evaluate --help.");
    return EXIT.usage;
  }
  const o = args.data;
  if (o.help) {
    io.stdout(HELP);
    return EXIT.done;
  }
  const csvPath = resolve(io.cwd, o.csv);
  const outDir = resolve(io.cwd, o.out);
  let text: string;
  try {
    text = await readTextWithProgress(csvPath, io.stderr);
  } catch (error) {
    io.stderr(
      `carerkit-evaluate: cannot read ${o.csv}: ${unreadable(error)} (looked for ${csvPath})`,
    );
    return EXIT.usage;
  }
  const large = isLargeFile(text);
  const read = readEvaluationCsvWithAccount(text);
  if (!read.success) {
    io.stderr(`${basename(csvPath)}: ${badRowsOf(read.error)}; nothing was analysed.`);
    for (const issue of read.error) io.stderr(`  ${issue.message}`);
    return EXIT.badRows;
  }
  const { rows, account } = read.data;
  if (large) io.stderr(`read ${plural(rows.length, "row")}; analysing`);
  if (account.columnsIgnored.length > 0)
    io.stderr(
      `not read: ${plural(account.columnsIgnored.length, "column")} CarerKit does not use (${account.columnsIgnored.join(", ")}), ${plural(account.cellsIgnored, "cell")} in all`,
    );
  const both = rows.filter((r) => r.pre !== undefined && r.post !== undefined).length;
  io.stdout(
    `${basename(csvPath)}: ${rows.length} ${rows.length === 1 ? "person" : "people"}, ${both} with both scores`,
  );
  let written: Awaited<ReturnType<typeof writeReport>>;
  try {
    printAnalysis(rows, o, io.stdout);
    if (large) io.stderr("writing the report and rendering its charts");
    written = await writeReport(rows, o, outDir);
  } catch (error) {
    // A typed error names the field and never the value, so its message is safe to print.
    if (!isCarerKitError(error)) throw error;
    io.stderr(`carerkit-evaluate: ${error.message}`);
    return EXIT.usage;
  }
  io.stdout(`\nWrote the protected report (NHS Digital 2018 suppression) to ${outDir}:`);
  io.stdout(
    `  report.html, ${plural(written.tables, "CSV table")} and ${plural(written.charts, "SVG chart")} (in charts/)`,
  );
  return EXIT.done;
}
