// Installs the packed @carerkit/core and @carerkit/evaluation tarballs (made by
// scripts/check-packages.mjs) into an empty project with npm, as a researcher who wants only the
// statistics would, and fails when that install exceeds its budget. Then it proves the two
// halves of the optional charting peers: the statistics run without vega, and the report entry
// says what to install instead of failing with a bare module-not-found error.
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

// 13.2 MB when set; 15.2 MB once every public function checked its arguments (2026-12-03).
const BUDGET = { packages: 40, megabytes: 17 };
const packDir = resolve(".tmp/packs");
const app = resolve(".tmp/install-footprint");
rmSync(app, { recursive: true, force: true });
mkdirSync(app, { recursive: true });
writeFileSync(
  join(app, "package.json"),
  JSON.stringify({ name: "footprint", private: true, type: "module" }),
);

const tarball = (name) =>
  join(
    packDir,
    readdirSync(packDir).find((file) => file.startsWith(`carerkit-${name}-`)),
  );
execFileSync(
  "npm",
  [
    "install",
    "--no-audit",
    "--no-fund",
    "--loglevel=error",
    tarball("core"),
    tarball("evaluation"),
    "zod@^4",
  ],
  { cwd: app, stdio: "inherit" },
);

/** Bytes on disk under a folder. */
function sizeOf(dir) {
  return readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => {
    const path = join(dir, entry.name);
    return sum + (entry.isDirectory() ? sizeOf(path) : statSync(path).size);
  }, 0);
}
const listed = execFileSync("npm", ["ls", "--all", "--parseable"], { cwd: app, encoding: "utf8" });
const packages = listed.trim().split("\n").length - 1; // the first line is the project itself
const megabytes = sizeOf(join(app, "node_modules")) / 1e6;
const fits = packages <= BUDGET.packages && megabytes <= BUDGET.megabytes;
console.log(
  `${fits ? "ok  " : "FAIL"} core + evaluation install: ${packages} packages, ${megabytes.toFixed(1)} MB (budget ${BUDGET.packages} packages, ${BUDGET.megabytes} MB)`,
);

const probe = join(app, "probe.mjs");
writeFileSync(
  probe,
  [
    `import { buildEvaluationReport, testPairedT } from "@carerkit/evaluation";`,
    `import { isCarerKitError } from "@carerkit/core";`,
    `import { renderEvaluationReportHtml } from "@carerkit/evaluation/report";`,
    `const t = testPairedT([1, 2, 3, 4, 5], [2, 4, 4, 6, 7]);`,
    `const rows = Array.from({ length: 40 }, (_, i) => ({ personId: "p" + i, pre: 10 + (i % 9), post: 12 + (i % 11), lastSessionAttended: i % 9, status: "completed" }));`,
    `const outcome = { name: "SWEMWBS", min: 7, max: 35, reliability: 0.84, minimalImportantChange: 3 };`,
    `const report = buildEvaluationReport(rows, { title: "t", outcome, sessions: 8 });`,
    `const charts = await renderEvaluationReportHtml(report).then(() => "rendered", (e) => isCarerKitError(e) && e.code);`,
    `console.log(JSON.stringify({ statistics: t.success, charts }));`,
  ].join("\n"),
);
const result = execFileSync(process.execPath, [probe], { cwd: app, encoding: "utf8" }).trim();
const expected = JSON.stringify({ statistics: true, charts: "missing_dependency" });
const optional = result === expected;
console.log(
  `${optional ? "ok  " : "FAIL"} without vega the statistics run and the report asks for vega and vega-lite: ${result}`,
);
if (!fits || !optional) process.exit(1);
