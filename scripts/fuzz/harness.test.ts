import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { fuzzPackage } from "./fuzzPackage.ts";
import type { CampaignOptions } from "./types.ts";

const root = fileURLToPath(new URL("./fixtures/selfTest", import.meta.url)).replace(/\/$/, "");

const options: CampaignOptions = {
  root,
  packages: ["core"],
  runs: 4,
  seed: 20,
  budgetMs: 300,
  maxHangsPerExport: 1,
};

describe("the fuzz harness", () => {
  it(
    "catches each kind of defect in a stand-in package and counts the rest",
    { timeout: 120_000 },
    async () => {
      const report = await fuzzPackage("core", options);
      const kinds = new Map(report.defectList.map((d) => [d.exportName, d.type]));
      expect(report.loadError).toBeUndefined();
      expect(kinds.get("spin")).toBe("hang");
      expect(kinds.get("mutate")).toBe("mutation");
      expect(kinds.get("boom")).toBe("throw");
      expect(kinds.get("pending")).toBe("pending");
      expect(kinds.get("reject")).toBe("rejection");
      expect(kinds.has("typed")).toBe(false);
      expect(kinds.has("readAll")).toBe(false);
      expect(kinds.has("isCarerKitError")).toBe(false);
      expect(report.skippedClasses).toEqual(["CarerKitError"]);
      expect(report.skippedValues).toEqual(["FIXTURE"]);
      // spin hangs on its first call and is then abandoned; every other export makes all 4 calls.
      expect(report.calls + report.abandoned).toBe(4 * report.fuzzed);
      expect(report.typed).toBeGreaterThanOrEqual(4);
    },
  );

  it("gives the same calls for the same seed", { timeout: 120_000 }, async () => {
    const only = { ...options, exports: ["boom", "readAll"] };
    const [a, b] = [await fuzzPackage("core", only), await fuzzPackage("core", only)];
    expect(b.defectList).toEqual(a.defectList);
    expect([b.returns, b.callers]).toEqual([a.returns, a.callers]);
  });
});
