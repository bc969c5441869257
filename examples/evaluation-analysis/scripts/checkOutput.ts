// The example's check (`pnpm --filter @carerkit/example-evaluation-analysis test:example`):
//   1. the R-style printing reproduces R's own output for R's `sleep` data, digit for digit;
//   2. the analysis of data/sample-programme.csv prints the tests in R's layout, with numbers
//      that agree with a hand computation from the CSV, and writes the protected report;
//   3. data/sample-with-errors.csv stops with every bad row named by line and column, and
//      writes nothing;
//   4. a second run writes byte-identical files.
// Ends with "N passed, N failed".
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { testPairedT, testWilcoxonSignedRank } from "@carerkit/evaluation";
import { formatNumber, formatPValue, formatR, printHtest } from "../src/formatR.ts";

const exampleDir = fileURLToPath(new URL("..", import.meta.url));
let passed = 0;
let failed = 0;
function check(name: string, ok: boolean, detail?: string): void {
  if (ok) passed++;
  else failed++;
  console.log(
    `${ok ? "ok  " : "FAIL"} ${name}${!ok && detail !== undefined ? `\n     ${detail}` : ""}`,
  );
}
const run = (args: readonly string[]) =>
  spawnSync("tsx", ["--conditions=@carerkit/source", "src/main.ts", ...args], {
    cwd: exampleDir,
    encoding: "utf8",
  });

// 1. R's formatting, against R's printed output.
const R_FORMAT: readonly [string, string, string][] = [
  ["format(0.002561, digits = 4)", formatNumber(0.002561, 4), "0.002561"],
  ["format(1.637652e-05, digits = 4)", formatNumber(1.637652e-5, 4), "1.638e-05"],
  ["format.pval(1e-20, digits = 4)", formatPValue(1e-20), "< 2.2e-16"],
  ["format(4.129483, digits = 5)", formatNumber(4.129483, 5), "4.1295"],
  ["format(9, digits = 5)", formatNumber(9, 5), "9"],
  ["format(123456.7, digits = 5)", formatNumber(123456.7, 5), "123457"],
  ["format(c(-1.5, 10))", formatR([-1.5, 10]).join(" "), "-1.5 10.0"],
  [
    "format(c(0.7001142, 2.4598858))",
    formatR([0.70011417, 2.45988583]).join(" "),
    "0.7001142 2.4598858",
  ],
];
for (const [call, got, want] of R_FORMAT)
  check(`${call} prints ${want}`, got === want, `got ${got}`);

// R: with(sleep, t.test(extra[group == 2], extra[group == 1], paired = TRUE)) and wilcox.test.
const g1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
const g2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];
const R_SLEEP_T = `
\tPaired t-test

data:  extra[group == 2] and extra[group == 1]
t = 4.0621, df = 9, p-value = 0.002833
alternative hypothesis: true mean difference is not equal to 0
95 percent confidence interval:
 0.7001142 2.4598858
sample estimates:
mean difference 
           1.58 
`;
const R_SLEEP_W = `
\tWilcoxon signed rank test with continuity correction

data:  extra[group == 2] and extra[group == 1]
V = 45, p-value = 0.009091
alternative hypothesis: true location shift is not equal to 0
`;
const t = testPairedT(g1, g2);
const w = testWilcoxonSignedRank(g1, g2);
const data = "extra[group == 2] and extra[group == 1]";
check(
  "R's sleep paired t-test prints exactly as in R",
  t.success && printHtest(t.data, data, "mean difference") === R_SLEEP_T,
  t.success ? printHtest(t.data, data, "mean difference") : "",
);
check(
  "R's sleep Wilcoxon test prints exactly as in R",
  w.success && printHtest(w.data, data, "location shift") === R_SLEEP_W,
  w.success ? printHtest(w.data, data, "location shift") : "",
);

const work = await mkdtemp(path.join(tmpdir(), "evaluation-analysis-"));
try {
  // 2. The sample analysis.
  const out = path.join(work, "run-1");
  const good = run(["--out", out]);
  check("the sample analysis exits 0", good.status === 0, good.stderr);
  for (const line of [
    "sample-programme.csv: 40 people, 23 with both scores",
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
  check(
    "the printed mean difference agrees with the hand computation",
    good.stdout.includes(`\n${formatNumber(mean).padStart("mean difference".length)} \n`),
  );

  const files = (await readdir(out)).sort();
  check(
    "the report and its CSV tables were written",
    files.length >= 10 && files.includes("report.html") && files.includes("tests.csv"),
    files.join(", "),
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
      !(await Promise.all(files.map((f) => readFile(path.join(out, f), "utf8")))).some((text) =>
        /P0\d\d/.test(text),
      ),
  );

  // 3. Bad rows.
  const badOut = path.join(work, "bad");
  const bad = run([path.join(exampleDir, "data", "sample-with-errors.csv"), "--out", badOut]);
  check("bad rows stop the analysis with exit code 1", bad.status === 1, String(bad.status));
  // Each bad row by line and column; the wording after the colon is the package's.
  const expectedErrors: readonly [number, string, string][] = [
    [3, "post", '"n/a"'],
    [5, "status", '"finished"'],
    [7, "last_session", '"-1"'],
    [9, "supported", '"maybe"'],
    [10, "person_id", "empty"],
  ];
  const lines = bad.stderr.trim().split("\n");
  check(
    "the summary says how many rows are bad and that nothing was analysed",
    lines[0] === "sample-with-errors.csv: 5 bad rows; nothing was analysed.",
    lines[0],
  );
  check(
    "every bad row is named by its line and column, with the bad value",
    lines.length === 1 + expectedErrors.length &&
      expectedErrors.every(([line, column, value], i) => {
        const text = lines[i + 1] ?? "";
        return text.startsWith(`  line ${line}, ${column}: expected `) && text.includes(value);
      }),
    bad.stderr,
  );
  check("nothing is written when rows are bad", !existsSync(badOut));

  // 4. Determinism.
  const second = path.join(work, "run-2");
  run(["--out", second]);
  const same = await Promise.all(
    files.map(async (f) =>
      (await readFile(path.join(out, f))).equals(await readFile(path.join(second, f))),
    ),
  );
  check("a second run writes byte-identical files", same.every(Boolean));
} finally {
  await rm(work, { recursive: true, force: true });
}
console.log(`\nevaluation-analysis: ${passed} passed, ${failed} failed`);
if (failed > 0) process.exitCode = 1;
