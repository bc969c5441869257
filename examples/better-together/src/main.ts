// Better Together, end to end: one term of a hospice's carers' programme on clearly synthetic
// data. Run it with `pnpm --filter @carerkit/example-better-together start [out-folder]`.
//
// The output folder is the first argument, else $BETTER_TOGETHER_OUT, else ./out beside this
// example. Two runs write byte-identical files: the simulation is seeded and nothing reads the
// clock.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadTermData } from "./data.ts";
import { renderOutputs } from "./outputs.ts";
import { runTerm } from "./term.ts";

const SEED = 20260309;
const exampleDir = fileURLToPath(new URL("..", import.meta.url));
const outDir = path.resolve(
  process.argv[2] ?? process.env["BETTER_TOGETHER_OUT"] ?? path.join(exampleDir, "out"),
);

console.log("Better Together, spring 2026 — Larkspur Hospice, Hollowmere (all synthetic)\n");
const data = await loadTermData(new URL("../data/", import.meta.url));
const term = runTerm(data, {
  seed: SEED,
  log: (line) => {
    console.log(line);
  },
});

console.log("7. Writing the output folder");
const files = await renderOutputs(term);
for (const [name, contents] of files) {
  const target = path.join(outDir, name);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, contents);
}
const kb = (name: string): string => `${((files.get(name)?.length ?? 0) / 1024).toFixed(0)} kB`;
const plans = [...files.keys()].filter((f) => f.startsWith("internal/plans/")).length;
const csvs = [...files.keys()].filter((f) => f.endsWith(".csv")).length;
console.log(`
Done: ${files.size} files in ${outDir}
  report.html                       the term report with charts (${kb("report.html")}); open it in a browser
  better-together-spring-2026.ics   the eight sessions, for any calendar app
  internal/plans/                   ${plans} support plans (matched services and actions)
  published/ and internal/          ${csvs} CSV tables (published ones are small-number protected)`);
