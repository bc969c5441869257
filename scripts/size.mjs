// Prints each published entry's minified + gzipped size when bundled for browsers, peer
// dependencies and sibling @carerkit packages excluded, and fails when an entry is over its budget in scripts/size-budgets.json (kB).
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { libraryPackages, publishedEntries } from "./workspace.mjs";

const budgets = JSON.parse(readFileSync("scripts/size-budgets.json", "utf8"));
const rows = [];
for (const pkg of libraryPackages()) {
  for (const { specifier, esmFile } of publishedEntries(pkg)) {
    const result = await build({
      entryPoints: [esmFile],
      bundle: true,
      minify: true,
      format: "esm",
      // A command-line package (one with a `bin`) runs on Node, not in browsers.
      platform: pkg.manifest.bin ? "node" : "browser",
      // Peers (zod) and sibling @carerkit packages are paid for once by an app, not per package.
      external: [
        ...Object.keys(pkg.manifest.peerDependencies ?? {}),
        // A command-line package (one with a `bin`) is installed, never bundled into an app:
        // only its own code counts.
        ...Object.keys(pkg.manifest.dependencies ?? {}).filter(
          (dep) => pkg.manifest.bin || dep.startsWith("@carerkit/"),
        ),
      ],
      write: false,
      logLevel: "error",
    });
    const gzipKb = gzipSync(result.outputFiles[0].contents).length / 1000;
    const budget = budgets[specifier];
    rows.push({
      entry: specifier,
      "gzip kB": gzipKb.toFixed(2),
      "budget kB": budget ?? "none",
      ok: budget !== undefined && gzipKb <= budget,
    });
  }
}
console.table(rows);
const over = rows.filter((row) => !row.ok);
if (over.length > 0) {
  console.error(`Over budget or without one: ${over.map((row) => row.entry).join(", ")}`);
  process.exit(1);
}
