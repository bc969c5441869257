import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { formatDefects, groupDefects } from "./formatReport.ts";
import { runCampaign, LIBRARY_PACKAGES } from "./runCampaign.ts";
import type { CampaignOptions } from "./types.ts";

const root = fileURLToPath(new URL("../..", import.meta.url)).replace(/\/$/, "");

// Few calls per export with a fixed seed, so `npx pnpm test` stays quick; `npx pnpm fuzz` runs
// the long campaign. No allow-list: every defect is a bug in a package.
const options: CampaignOptions = {
  root,
  packages: LIBRARY_PACKAGES,
  runs: 12,
  seed: 20,
  budgetMs: 1000,
  maxHangsPerExport: 1,
};

describe("the fuzz suite", () => {
  it(
    "finds no defect in any export of any library package: only typed errors, returns or the caller's own error",
    { timeout: 600_000 },
    async () => {
      const reports = await runCampaign(options);
      expect(
        reports.flatMap((r) => (r.loadError === undefined ? [] : [`${r.pkg}: ${r.loadError}`])),
      ).toEqual([]);
      expect(reports.every((r) => r.fuzzed > 0)).toBe(true);
      const defects = reports.flatMap((r) => r.defectList);
      expect(formatDefects(groupDefects(defects).slice(0, 30), options)).toEqual([]);
    },
  );
});
