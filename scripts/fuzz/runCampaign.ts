import { fuzzPackage } from "./fuzzPackage.ts";
import type { CampaignOptions, PackageReport } from "./types.ts";

/** The library packages the campaign covers by default, in dependency order. */
export const LIBRARY_PACKAGES: readonly string[] = [
  "core",
  "assessment",
  "scheduling",
  "directory",
  "evaluation",
  "evaluation-cli",
];

/**
 * Fuzzes the packages one after the other (one worker at a time, so a shared machine's cores
 * stay free).
 *
 * @param options - The campaign's options.
 * @param onPackage - Called after each package, e.g. to print progress.
 * @returns One report per package.
 * @example
 * const reports = await runCampaign({ root, packages: LIBRARY_PACKAGES, runs: 10, seed: 20, budgetMs: 1000, maxHangsPerExport: 1 });
 */
export async function runCampaign(
  options: CampaignOptions,
  onPackage?: (report: PackageReport) => void,
): Promise<PackageReport[]> {
  const reports: PackageReport[] = [];
  for (const pkg of options.packages) {
    const report = await fuzzPackage(pkg, options);
    onPackage?.(report);
    reports.push(report);
  }
  return reports;
}
