import { build, type Plugin } from "esbuild";
import { describe, expect, it } from "vitest";

const common = { bundle: true, format: "esm", write: false, logLevel: "silent" } as const;

/**
 * Builds the package into one ESM file the way tsup does (so module boundaries and
 * `sideEffects: false` no longer help), then bundles a tiny app that uses only `instrument`.
 */
async function bundleAppUsing(instrument: string): Promise<string> {
  const library = await build({
    ...common,
    entryPoints: [new URL("../index.ts", import.meta.url).pathname],
    external: ["zod", "@carerkit/core"],
  });
  const asBuilt: Plugin = {
    name: "assessment-as-built",
    setup(plugin) {
      plugin.onResolve({ filter: /^@carerkit\/assessment$/ }, () => ({
        path: "dist",
        namespace: "built",
      }));
      plugin.onLoad({ filter: /.*/, namespace: "built" }, () => ({
        contents: library.outputFiles[0]?.text ?? "",
      }));
    },
  };
  const app = await build({
    ...common,
    stdin: {
      contents: `import { ${instrument}, scoreInstrument } from "@carerkit/assessment";\nconsole.log(scoreInstrument(${instrument}, {}).success);`,
    },
    minify: true,
    external: ["zod", "@carerkit/core"],
    plugins: [asBuilt],
  });
  return app.outputFiles[0]?.text ?? "";
}

describe("built-in instruments tree-shake", () => {
  it("leaves every unused built-in out of an app that imports only GAD-7", async () => {
    const code = await bundleAppUsing("GAD7");
    expect(code).toContain('id:"gad7"');
    for (const unused of ["phq9", "wemwbs", "swemwbs", "zbi22", "k10", "csi", "ascof_carer_qol"])
      expect(code, unused).not.toContain(`id:"${unused}"`);
  });
});
