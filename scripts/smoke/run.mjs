// Imports every built entry the way users will: plain Node ESM, Node CJS, and a bundle made by
// esbuild (for Node, run; for browsers, built). The export names must agree across all three, and
// each entry's probe (scripts/smoke/probes.mjs) must pass in all three. This catches what attw
// cannot see, such as a dependency's faux-ESM (rrule) breaking once a function runs.
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { build } from "esbuild";
import { libraryPackages, publishedEntries } from "../workspace.mjs";
import { PROBES } from "./probes.mjs";

const root = resolve(".tmp/smoke");
rmSync(root, { recursive: true, force: true });
mkdirSync(join(root, "node_modules/@carerkit"), { recursive: true });

const run = (file) => execFileSync(process.execPath, [file], { encoding: "utf8" }).trim();

/** Script body that prints the module's export names and its probe's verdict as JSON. */
function reportOn(probe) {
  return [
    `const probe = ${probe.toString()};`,
    `const names = Object.keys(m).filter((k) => k !== "default").sort();`,
    `console.log(JSON.stringify({ names, probe: probe(m) }));`,
  ].join("\n");
}

let failed = false;
for (const pkg of libraryPackages()) {
  symlinkSync(resolve(pkg.dir), join(root, "node_modules", pkg.manifest.name), "dir");
  for (const { specifier } of publishedEntries(pkg)) {
    const probe = PROBES[specifier];
    if (probe === undefined) throw new Error(`scripts/smoke/probes.mjs: no probe for ${specifier}`);
    const stem = join(root, specifier.replace(/[@/]/g, "_"));
    const esm = `${stem}.mjs`;
    const cjs = `${stem}.cjs`;
    const bundled = `${stem}.bundle.mjs`;
    writeFileSync(esm, `import * as m from "${specifier}";\n${reportOn(probe)}\n`);
    writeFileSync(cjs, `const m = require("${specifier}");\n${reportOn(probe)}\n`);
    const common = { entryPoints: [esm], bundle: true, format: "esm", logLevel: "error" };
    await build({ ...common, platform: "node", outfile: bundled });
    // Browsers too, except for a command-line package (one with a `bin`), which runs on Node.
    if (!pkg.manifest.bin) await build({ ...common, platform: "browser", write: false });

    const outputs = [run(esm), run(cjs), run(bundled)];
    const { names, probe: probed } = JSON.parse(outputs[0]);
    const passed = outputs.every((out) => out === outputs[0]) && names.length > 0 && probed;
    console.log(
      `${passed ? "ok  " : "FAIL"} ${specifier}: ${names.length} exports; ESM, CJS and esbuild ${passed ? "agree and the probe passes" : "disagree or the probe fails"}`,
    );
    if (!passed) {
      failed = true;
      console.log(outputs);
    }
  }
}
// One error class across module formats: an error thrown by the CJS build must be recognised by
// the ESM build's CarerKitError (and the reverse) when an app loads both in one process.
const crossFormat = join(root, "cross-format-error.mjs");
writeFileSync(
  crossFormat,
  [
    `import { createRequire } from "node:module";`,
    `import * as esm from "@carerkit/core";`,
    `const cjs = createRequire(import.meta.url)("@carerkit/core");`,
    `const caught = (core) => { try { core.parseCarer({}); } catch (error) { return error; } };`,
    `const [fromEsm, fromCjs] = [caught(esm), caught(cjs)];`,
    `console.log(JSON.stringify(esm.CarerKitError !== cjs.CarerKitError &&`,
    `  fromCjs instanceof esm.CarerKitError && fromEsm instanceof cjs.CarerKitError &&`,
    `  esm.isCarerKitError(fromCjs) && cjs.isCarerKitError(fromEsm)));`,
  ].join("\n"),
);
const sameClass = run(crossFormat) === "true";
console.log(
  `${sameClass ? "ok  " : "FAIL"} CarerKitError from the CJS build ${sameClass ? "is" : "is not"} recognised by the ESM build in one process, and the reverse`,
);
if (!sameClass) failed = true;

if (failed) process.exit(1);
