// `pnpm bench`: runs every packages/*/bench/*.bench.ts and prints, for each, a table with the
// mean time per run and the ratio against the baseline measured in the same run.
import { existsSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { Bench } from "tinybench";
import type { BenchCase, BenchDefinition } from "./defineBench.ts";

const filter = process.argv[2];
const files = readdirSync("packages")
  .map((pkg) => join("packages", pkg, "bench"))
  .filter((dir) => existsSync(dir))
  .flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith(".bench.ts"))
      .map((f) => join(dir, f)),
  )
  .filter((file) => filter === undefined || file.includes(filter));

function verdict(definition: BenchDefinition, ratio: number): string {
  const { target } = definition;
  if (target === undefined) return "";
  if ("atMost" in target)
    return ratio <= target.atMost ? `meets ≤${target.atMost}x` : `MISSES ≤${target.atMost}x`;
  const faster = 1 / ratio;
  return faster >= target.atLeastFaster
    ? `meets ≥${target.atLeastFaster}x faster`
    : `MISSES ≥${target.atLeastFaster}x faster`;
}

if (files.length === 0) console.log("No benchmarks found under packages/*/bench.");

for (const file of files) {
  const module = (await import(pathToFileURL(resolve(file)).href)) as { default: BenchDefinition };
  const definition = module.default;
  const bench = new Bench({ time: definition.time ?? 500, iterations: definition.iterations ?? 5 });
  const cases: BenchCase[] = [definition.baseline, ...definition.candidates];
  for (const c of cases) bench.add(c.name, c.fn);
  await bench.run();

  const meanOf = (name: string): number => {
    const result = bench.getTask(name)?.result;
    if (result === undefined || !("latency" in result)) throw new Error(`${name}: no result`);
    return result.latency.mean;
  };
  const base = meanOf(definition.baseline.name);
  console.log(`\n${definition.title}  (${file})`);
  console.table(
    cases.map((c) => {
      const mean = meanOf(c.name);
      const ratio = mean / base;
      return {
        case: c === definition.baseline ? `${c.name} (baseline)` : c.name,
        "mean ms": mean.toPrecision(4),
        "× baseline": ratio.toFixed(2),
        target: c === definition.baseline ? "" : verdict(definition, ratio),
      };
    }),
  );
  for (const line of definition.report?.() ?? []) console.log(line);
}
