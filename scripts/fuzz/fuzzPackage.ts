import { join } from "node:path";
import fc from "fast-check";
import { FuzzWorker } from "./FuzzWorker.ts";
import type { ExportInfo, PackageDescription } from "./describeExports.ts";
import { hashSeed } from "./hashSeed.ts";
import type { CallSpec, Outcome } from "./protocol.ts";
import { callArbitrary } from "./recipeArbitrary.ts";
import type { CampaignOptions, PackageReport } from "./types.ts";

function record(report: PackageReport, info: ExportInfo, call: CallSpec, outcome: Outcome): void {
  report.calls += 1;
  if (outcome.kind !== "defect") {
    if (outcome.kind === "return") report.returns += 1;
    else if (outcome.kind === "typed") report.typed += 1;
    else report.callers += 1;
    return;
  }
  report.defects += 1;
  report.defectList.push({
    pkg: report.pkg,
    exportName: info.name,
    type: outcome.type,
    message: outcome.message,
    detail: outcome.detail,
    run: call.index,
    args: call.args,
  });
}

/**
 * The calls for one export: `runs` argument lists from fast-check, seeded by the campaign seed,
 * the package and the export's name, so a fixed seed always gives the same calls.
 */
function callsFor(
  description: PackageDescription,
  pkg: string,
  info: ExportInfo,
  options: CampaignOptions,
): CallSpec[] {
  const seed = hashSeed([options.seed, pkg, info.name]);
  return fc
    .sample(callArbitrary(description, info.arity), { seed, numRuns: options.runs })
    .map((args, index) => ({ index, args }));
}

/** A report with nothing counted yet. */
function emptyReport(pkg: string, fuzzed: number): PackageReport {
  return {
    pkg,
    fuzzed,
    skippedClasses: [],
    skippedValues: [],
    calls: 0,
    typed: 0,
    returns: 0,
    callers: 0,
    defects: 0,
    abandoned: 0,
    defectList: [],
  };
}

/**
 * Fuzzes every function export of one package in a watched worker thread, restarting the worker
 * after a hang or crash and moving on to the next call.
 *
 * @param pkg - The package folder under `packages/`.
 * @param options - The campaign's options.
 * @returns The package's tally and its defects.
 * @example
 * const report = await fuzzPackage("core", { root, packages: ["core"], runs: 20, seed: 1, budgetMs: 500, maxHangsPerExport: 1 });
 */
export async function fuzzPackage(pkg: string, options: CampaignOptions): Promise<PackageReport> {
  const paths = {
    root: options.root,
    indexPath: join(options.root, "packages", pkg, "src", "index.ts"),
    corePath: join(options.root, "packages", "core", "src", "index.ts"),
  };
  let worker = new FuzzWorker(paths);
  let description: PackageDescription;
  try {
    description = await worker.ready();
  } catch (error) {
    await worker.stop();
    const message = error instanceof Error ? error.message : String(error);
    return { ...emptyReport(pkg, 0), loadError: message };
  }
  const selected = description.exports.filter(
    (e) =>
      e.kind === "function" && (options.exports === undefined || options.exports.includes(e.name)),
  );
  const report: PackageReport = {
    ...emptyReport(pkg, selected.length),
    skippedClasses: description.exports.filter((e) => e.kind === "class").map((e) => e.name),
    skippedValues: description.exports.filter((e) => e.kind === "value").map((e) => e.name),
  };
  for (const info of selected) {
    let pending = callsFor(description, pkg, info, options);
    let hangs = 0;
    while (pending.length > 0) {
      const done = new Set<number>();
      const byIndex = new Map(pending.map((c) => [c.index, c]));
      const end = await worker.run(
        { name: info.name, calls: pending, budgetMs: options.budgetMs },
        (index, outcome) => {
          const call = byIndex.get(index);
          if (call === undefined) return;
          done.add(index);
          record(report, info, call, outcome);
        },
      );
      if (end.type === "done") break;
      const stuck = byIndex.get(end.index);
      if (stuck !== undefined && !done.has(end.index)) {
        done.add(end.index);
        record(report, info, stuck, {
          kind: "defect",
          type: end.type,
          message: end.type === "hang" ? "exceeded twice the time budget" : "the worker crashed",
          detail: end.message,
        });
      }
      await worker.stop();
      worker = new FuzzWorker(paths);
      try {
        await worker.ready();
      } catch (error) {
        report.loadError = `restarting the worker failed: ${error instanceof Error ? error.message : String(error)}`;
        await worker.stop();
        return report;
      }
      pending = pending.filter((c) => !done.has(c.index));
      hangs += 1;
      if (hangs >= options.maxHangsPerExport) {
        report.abandoned += pending.length;
        pending = [];
      }
    }
  }
  await worker.stop();
  return report;
}
