// Imports every built package the way users will: plain Node ESM, Node CJS, and a bundle made by
// esbuild (for Node, run; for browsers, built). The export names must agree across all three.
// This catches what attw cannot see, such as a dependency's faux-ESM (rrule) breaking named imports.
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { build } from "esbuild";
import { libraryPackages, publishedEntries } from "../workspace.mjs";

const root = resolve(".tmp/smoke");
rmSync(root, { recursive: true, force: true });
mkdirSync(join(root, "node_modules/@carerkit"), { recursive: true });

const node = (file) => execFileSync(process.execPath, [file], { encoding: "utf8" }).trim();

let failed = false;
for (const pkg of libraryPackages()) {
  symlinkSync(resolve(pkg.dir), join(root, "node_modules", pkg.manifest.name), "dir");
  for (const { specifier } of publishedEntries(pkg)) {
    const stem = join(root, specifier.replace(/[@/]/g, "_"));
    const esm = `${stem}.mjs`;
    writeFileSync(
      esm,
      `import * as m from "${specifier}";\nconsole.log(JSON.stringify(Object.keys(m).filter((k) => k !== "default").sort()));\n`,
    );
    const cjs = `${stem}.cjs`;
    writeFileSync(
      cjs,
      `const m = require("${specifier}");\nconsole.log(JSON.stringify(Object.keys(m).sort()));\n`,
    );
    const bundled = `${stem}.bundle.mjs`;
    await build({
      entryPoints: [esm],
      bundle: true,
      platform: "node",
      format: "esm",
      outfile: bundled,
      logLevel: "error",
    });
    await build({
      entryPoints: [esm],
      bundle: true,
      platform: "browser",
      format: "esm",
      write: false,
      logLevel: "error",
    });

    const [fromEsm, fromCjs, fromBundle] = [node(esm), node(cjs), node(bundled)];
    const count = JSON.parse(fromEsm).length;
    const same = fromEsm === fromCjs && fromEsm === fromBundle;
    console.log(
      `${same && count > 0 ? "ok  " : "FAIL"} ${specifier}: ${count} exports alike from ESM, CJS and esbuild`,
    );
    if (!same || count === 0) {
      failed = true;
      console.log({ fromEsm, fromCjs, fromBundle });
    }
  }
}
if (failed) process.exit(1);
