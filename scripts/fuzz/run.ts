// `npx pnpm fuzz`: the long fuzz campaign over every export of every library package. Prints a
// table (calls, typed errors, returns, caller's errors propagated, defects) and the top defects
// grouped by export and message, each with a reproducing command. Exit code 1 when defects > 0.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { formatDefects, formatTable, groupDefects } from "./formatReport.ts";
import { parseFuzzArgs } from "./parseFuzzArgs.ts";
import { runCampaign } from "./runCampaign.ts";

const { options, top, defectsDir } = parseFuzzArgs(process.argv.slice(2), process.cwd());
console.log(
  `fuzzing ${options.packages.join(", ")} in ${options.root}: ${options.runs} calls per export, seed ${options.seed}, budget ${options.budgetMs} ms`,
);
const started = performance.now();
let lap = started;
const reports = await runCampaign(options, (r) => {
  const now = performance.now();
  console.log(
    `  ${r.pkg}: ${r.calls} calls, ${r.defects} defects, ${Math.round((now - lap) / 1000)} s`,
  );
  lap = now;
});
console.log(`\n${formatTable(reports).join("\n")}`);
for (const report of reports) {
  const groups = groupDefects(report.defectList);
  if (groups.length === 0) continue;
  const lines = formatDefects(groups.slice(0, top), options);
  console.log(
    `\n${report.pkg}: top ${Math.min(top, groups.length)} of ${groups.length} defect groups\n${lines.join("\n")}`,
  );
  if (defectsDir !== undefined) {
    mkdirSync(defectsDir, { recursive: true });
    const head = `${report.pkg}: ${report.defects} defects in ${groups.length} groups; ${report.calls} calls, seed ${options.seed}, ${options.runs} runs per export, budget ${options.budgetMs} ms, tree ${options.root}`;
    writeFileSync(join(defectsDir, `${report.pkg}.txt`), `${head}\n\n${lines.join("\n")}\n`);
  }
}
if (defectsDir !== undefined) {
  for (const report of reports.filter((r) => r.defectList.length === 0)) {
    mkdirSync(defectsDir, { recursive: true });
    writeFileSync(
      join(defectsDir, `${report.pkg}.txt`),
      `${report.pkg}: 0 defects; ${report.calls} calls, seed ${options.seed}, tree ${options.root}\n`,
    );
  }
}
const defects = reports.reduce((n, r) => n + r.defects, 0);
console.log(`\n${defects} defects; ${Math.round((performance.now() - started) / 1000)} s`);
process.exitCode = defects > 0 || reports.some((r) => r.loadError !== undefined) ? 1 : 0;
