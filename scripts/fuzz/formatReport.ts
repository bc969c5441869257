import { describeRecipe } from "./describeRecipe.ts";
import type { CampaignOptions, Defect, PackageReport } from "./types.ts";

/** Defects that share an export, a type and a first message line. */
export interface DefectGroup {
  readonly key: string;
  readonly count: number;
  readonly first: Defect;
}

/**
 * Groups defects by export, type and message, most frequent first (then by name, so the
 * order is stable).
 *
 * @param defects - The defects.
 * @returns The groups.
 * @example
 * groupDefects(report.defectList).slice(0, 50);
 */
export function groupDefects(defects: readonly Defect[]): DefectGroup[] {
  const groups = new Map<string, { count: number; first: Defect }>();
  for (const defect of defects) {
    const key = `${defect.pkg}.${defect.exportName} ${defect.type}: ${defect.message}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { count: 1, first: defect });
    else group.count += 1;
  }
  return [...groups]
    .map(([key, g]) => ({ key, ...g }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function pad(cells: readonly (string | number)[], widths: readonly number[]): string {
  return cells
    .map((c, i) =>
      i === 0 ? String(c).padEnd(widths[i] ?? 0) : String(c).padStart(widths[i] ?? 0),
    )
    .join("  ");
}

/** The command that replays one defect's export with the same seed (its call is run `run`). */
function repro(defect: Defect, options: CampaignOptions): string {
  return `npx pnpm fuzz --package ${defect.pkg} --export ${defect.exportName} --seed ${options.seed} --runs ${defect.run + 1} (call #${defect.run})`;
}

/**
 * Formats grouped defects with a shape and a reproducing command each.
 *
 * @param groups - Grouped defects.
 * @param options - The campaign's options (for the seed).
 * @returns Lines of text.
 * @example
 * formatDefects(groupDefects(defects).slice(0, 50), options).join("\n");
 */
export function formatDefects(groups: readonly DefectGroup[], options: CampaignOptions): string[] {
  return groups.flatMap((g, i) => [
    `${i + 1}. ${g.key}  ×${g.count}`,
    ...(g.first.detail === "" ? [] : [`   at ${g.first.detail}`]),
    `   args ${describeRecipe(g.first.args)}`,
    `   repro ${repro(g.first, options)}`,
  ]);
}

/**
 * Formats the campaign's table: per package and overall, calls, typed errors, returns, caller's
 * errors propagated and defects; then skipped exports and load failures.
 *
 * @param reports - One per package.
 * @returns Lines of text.
 * @example
 * console.log(formatTable(reports).join("\n"));
 */
export function formatTable(reports: readonly PackageReport[]): string[] {
  const widths = [14, 8, 8, 8, 8, 8, 8, 9];
  const header = pad(
    ["package", "exports", "calls", "typed", "returns", "caller", "defects", "abandoned"],
    widths,
  );
  const sum = (pick: (r: PackageReport) => number): number =>
    reports.reduce((n, r) => n + pick(r), 0);
  const rows = reports.map((r) =>
    pad([r.pkg, r.fuzzed, r.calls, r.typed, r.returns, r.callers, r.defects, r.abandoned], widths),
  );
  const total = pad(
    [
      "overall",
      sum((r) => r.fuzzed),
      sum((r) => r.calls),
      sum((r) => r.typed),
      sum((r) => r.returns),
      sum((r) => r.callers),
      sum((r) => r.defects),
      sum((r) => r.abandoned),
    ],
    widths,
  );
  const notes = reports.flatMap((r) => [
    ...(r.loadError === undefined
      ? []
      : [`${r.pkg}: could not be loaded: ${r.loadError.split("\n")[0] ?? ""}`]),
    ...(r.skippedClasses.length === 0
      ? []
      : [`${r.pkg}: skipped ${r.skippedClasses.length} class(es): ${r.skippedClasses.join(", ")}`]),
    `${r.pkg}: skipped ${r.skippedValues.length} non-function export(s) (schemas, constants): ${r.skippedValues.join(", ")}`,
  ]);
  return [
    header,
    "-".repeat(header.length),
    ...rows,
    "-".repeat(header.length),
    total,
    "",
    ...notes,
  ];
}
