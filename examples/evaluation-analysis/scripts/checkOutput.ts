// The example's check (`pnpm --filter @carerkit/example-evaluation-analysis test:example`), run
// on the BUILT `carerkit-evaluate` bin, as a researcher runs it (so `pnpm build` comes first):
//   1. `--help` prints the usage and exits 0;
//   2. the analysis of data/sample-programme.csv prints the tests in R's layout, with numbers
//      that agree with a hand computation from the CSV, and writes the protected report, its CSV
//      tables and one SVG file per chart; a relative path is read from the current directory;
//   3. data/sample-with-errors.csv stops with every bad row named by line and column, exits 1
//      and writes nothing; a missing file is one line and exit 2, never a stack trace;
//   4. a large file shows progress on standard error;
//   5. a second run writes byte-identical files.
// R's own printed output for R's `sleep` data is checked in the package's unit tests
// (packages/evaluation-cli/src/_lib/formatR.test.ts). Ends with "N passed, N failed".
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { copyFile, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const exampleDir = fileURLToPath(new URL("..", import.meta.url));
const bin = path.join(exampleDir, "node_modules", ".bin", "carerkit-evaluate");
let passed = 0;
let failed = 0;
function check(name: string, ok: boolean, detail?: string): void {
  if (ok) passed++;
  else failed++;
  console.log(
    `${ok ? "ok  " : "FAIL"} ${name}${!ok && detail !== undefined ? `\n     ${detail}` : ""}`,
  );
}
const run = (args: readonly string[], cwd = exampleDir) =>
  spawnSync(bin, args, { cwd, encoding: "utf8" });
const noStackTrace = (text: string) => !/\n\s+at /.test(text);

const work = await mkdtemp(path.join(tmpdir(), "evaluation-analysis-"));
try {
  // 1. Help.
  const help = run(["--help"]);
  check(
    "--help prints the usage and exits 0",
    help.status === 0 && help.stdout.startsWith("Usage: carerkit-evaluate <data.csv>"),
    help.stderr,
  );

  // 2. The sample analysis, with the CSV given relative to the current directory.
  await copyFile(
    path.join(exampleDir, "data", "sample-programme.csv"),
    path.join(work, "programme.csv"),
  );
  const out = path.join(work, "run-1");
  const good = run(["programme.csv", "--out", "run-1"], work);
  check(
    "the sample analysis exits 0, reading the CSV from the current directory",
    good.status === 0,
    good.stderr,
  );
  for (const line of [
    "programme.csv: 40 people, 23 with both scores",
    "\tPaired t-test",
    "data:  post and pre",
    "alternative hypothesis: true mean difference is not equal to 0",
    "95 percent confidence interval:",
    "sample estimates:\nmean difference \n",
    "\tWilcoxon signed rank test with continuity correction",
    "alternative hypothesis: true location shift is not equal to 0",
    " time n.risk n.event survival std.err lower 95% CI upper 95% CI",
    "Wrote the protected report",
  ])
    check(`the output has ${JSON.stringify(line)}`, good.stdout.includes(line));
  // The t statistic and mean difference, by hand from the CSV.
  const csv = (await readFile(path.join(exampleDir, "data", "sample-programme.csv"), "utf8"))
    .trim()
    .split("\n")
    .slice(1);
  const diffs = csv
    .map((l) => l.split(","))
    .filter((c) => c[4] !== "" && c[5] !== "")
    .map((c) => Number(c[5]) - Number(c[4]));
  const n = diffs.length;
  const mean = diffs.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(diffs.reduce((a, d) => a + (d - mean) ** 2, 0) / (n - 1));
  const tByHand = mean / (sd / Math.sqrt(n));
  const printed = /t = ([-\d.]+), df = (\d+), p-value = /.exec(good.stdout);
  check(
    "the printed t and df agree with a hand computation from the CSV",
    printed !== null &&
      Number(printed[1]) === Number(tByHand.toPrecision(5)) &&
      Number(printed[2]) === n - 1,
    `${printed?.[1] ?? "?"} vs ${tByHand}`,
  );
  const printedMean = /mean difference \n\s*([-\d.]+) \n/.exec(good.stdout);
  check(
    "the printed mean difference agrees with the hand computation to R's 7 significant digits",
    printedMean !== null && Number(printedMean[1]) === Number(mean.toPrecision(7)),
    `${printedMean?.[1] ?? "?"} vs ${mean}`,
  );

  const files = (await readdir(out)).filter((f) => f !== "charts").sort();
  check(
    "the report and its CSV tables were written",
    files.length >= 10 && files.includes("report.html") && files.includes("tests.csv"),
    files.join(", "),
  );
  const charts = (await readdir(path.join(out, "charts"))).sort();
  const svgs = await Promise.all(charts.map((f) => readFile(path.join(out, "charts", f), "utf8")));
  check(
    "each chart is written as a standalone SVG file",
    charts.length >= 3 &&
      charts.every((f) => f.endsWith(".svg")) &&
      svgs.every((svg) => svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')),
    charts.join(", "),
  );
  const html = await readFile(path.join(out, "report.html"), "utf8");
  for (const heading of [
    "Data",
    "SWEMWBS metric score: before and after",
    "Who changed",
    "Attendance and retention",
    "Reach",
  ])
    check(`the report has "${heading}"`, html.includes(`>${heading}</h`));
  check("the report has SVG charts", (html.match(/<svg/g) ?? []).length >= 3);
  check(
    "the report quotes no person id",
    !/P0\d\d/.test(html) &&
      ![
        ...(await Promise.all(files.map((f) => readFile(path.join(out, f), "utf8")))),
        ...svgs,
      ].some((text) => /P0\d\d/.test(text)),
  );

  // 3. Bad rows.
  const badOut = path.join(work, "bad");
  const bad = run([path.join("data", "sample-with-errors.csv"), "--out", badOut]);
  check("bad rows stop the analysis with exit code 1", bad.status === 1, String(bad.status));
  // Each bad row by line and column; the wording after the colon is the package's.
  // Line, column, the bad cell as written in the CSV (never to be repeated), and what is said.
  const expectedErrors: readonly [number, string, string, string][] = [
    [3, "post", "n/a", "other text"],
    [5, "status", "finished", "other text"],
    [7, "last_session", "-1", "other text"],
    [9, "supported", "maybe", "other text"],
    [10, "person_id", '""', "an empty value"],
  ];
  const lines = bad.stderr.trim().split("\n");
  check(
    "the summary says how many rows are bad and that nothing was analysed",
    lines[0] === "sample-with-errors.csv: 5 bad rows; nothing was analysed.",
    lines[0],
  );
  check(
    "every bad row is named by its line and column, saying what it got without repeating the value",
    lines.length === 1 + expectedErrors.length &&
      expectedErrors.every(([line, column, value, got], i) => {
        const text = lines[i + 1] ?? "";
        return (
          text.startsWith(`  line ${line}, ${column}: expected `) &&
          text.endsWith(`, got ${got}`) &&
          !text.includes(value)
        );
      }),
    bad.stderr,
  );
  check("nothing is written when rows are bad", !existsSync(badOut));
  const missing = run(["no-such-file.csv"], work);
  check(
    "a missing file is one line naming the path it looked for, exit 2, no stack trace",
    missing.status === 2 &&
      missing.stderr.trim() ===
        `carerkit-evaluate: cannot read no-such-file.csv: no such file (looked for ${path.join(work, "no-such-file.csv")})` &&
      noStackTrace(missing.stderr),
    missing.stderr,
  );
  const notCsv = run(["--sessions", "many", "programme.csv"], work);
  check(
    "a bad option names the option, exits 2, no stack trace",
    notCsv.status === 2 && notCsv.stderr.includes("--sessions:") && noStackTrace(notCsv.stderr),
    notCsv.stderr,
  );

  // 4. Progress on a large file: the sample's rows repeated to about 5 MB, with new ids.
  const [header = "", ...body] = (await readFile(path.join(work, "programme.csv"), "utf8"))
    .trim()
    .split("\n");
  const copies = Math.ceil(5e6 / body.join("\n").length);
  const large = [header];
  for (let copy = 0; copy < copies; copy++)
    for (const row of body) large.push(row.replace(/^[^,]*/, (id) => `${id}-${copy}`));
  await writeFile(path.join(work, "large.csv"), `${large.join("\n")}\n`);
  const big = run(["large.csv", "--out", "large"], work);
  check(
    "a large file shows progress on standard error while it is read and analysed",
    big.status === 0 &&
      big.stderr.includes("reading: 100% of") &&
      big.stderr.includes("rendering its charts"),
    big.stderr,
  );

  // 4. Determinism.
  const second = path.join(work, "run-2");
  run(["programme.csv", "--out", second], work);
  const same = await Promise.all(
    [...files, ...charts.map((f) => path.join("charts", f))].map(async (f) =>
      (await readFile(path.join(out, f))).equals(await readFile(path.join(second, f))),
    ),
  );
  check("a second run writes byte-identical files", same.every(Boolean));
} finally {
  await rm(work, { recursive: true, force: true });
}
console.log(`\nevaluation-analysis: ${passed} passed, ${failed} failed`);
if (failed > 0) process.exitCode = 1;
