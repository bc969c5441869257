// `pnpm size`: what users pay, minified and gzipped, bundled for browsers from the built dist/.
// Two tables, each checked against scripts/size-budgets.json (kB):
// - entries: each published entry whole, peers (zod) and sibling @carerkit packages excluded
//   (an app pays for core once);
// - imports: representative single imports (`import { x } from "@carerkit/pkg"`), zod excluded
//   but the parts of @carerkit/core they use included, as an app would bundle them. These show
//   whether tree-shaking works: each import should pay only for what it uses.
// `pnpm size --why` also prints, from esbuild's metafile, each import's minified bytes by package
// and its largest contributing modules (TOP=n for more than 8): what stands in the way of a budget.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { libraryPackages, publishedEntries } from "./workspace.mjs";

const budgets = JSON.parse(readFileSync("scripts/size-budgets.json", "utf8"));
const why = process.argv.includes("--why");
const packages = new Map(libraryPackages().map((pkg) => [pkg.manifest.name, pkg]));

/** Bundles `contents` as an app would (browser, ESM, minified) and returns gzip kB and the metafile. */
async function measure(contents, resolveDir, external, platform = "browser") {
  const result = await build({
    stdin: { contents, resolveDir, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform,
    external,
    write: false,
    metafile: why,
    logLevel: "error",
  });
  return {
    gzipKb: gzipSync(result.outputFiles[0].contents).length / 1000,
    metafile: result.metafile,
  };
}

/** The largest inputs of a bundle, as `bytes path` lines (minified bytes before gzip). */
function topContributors(metafile, count = 8) {
  const [output] = Object.values(metafile.outputs);
  return Object.entries(output.inputs)
    .filter(([, input]) => input.bytesInOutput > 0)
    .sort(([, a], [, b]) => b.bytesInOutput - a.bytesInOutput)
    .slice(0, count)
    .map(([path, input]) => `    ${String(input.bytesInOutput).padStart(6)}  ${path}`);
}

/** The package an input path belongs to: `rrule`, `@noble/hashes` or `@carerkit/core` (from packages/core). */
function packageOf(path) {
  const vendored = path.lastIndexOf("node_modules/");
  if (vendored !== -1) {
    const [scope, name] = path.slice(vendored + "node_modules/".length).split("/");
    return scope.startsWith("@") ? `${scope}/${name}` : scope;
  }
  const workspace = /^(?:packages|examples)\/([^/]+)\//.exec(path);
  return workspace ? `@carerkit/${workspace[1]}` : path;
}

/** Minified bytes per package, largest first, as one `name bytes · …` line. */
function bytesByPackage(metafile) {
  const [output] = Object.values(metafile.outputs);
  const totals = new Map();
  for (const [path, input] of Object.entries(output.inputs)) {
    const name = packageOf(path);
    totals.set(name, (totals.get(name) ?? 0) + input.bytesInOutput);
  }
  return [...totals]
    .filter(([, bytes]) => bytes > 0)
    .sort(([, a], [, b]) => b - a)
    .map(([name, bytes]) => `${name} ${bytes}`)
    .join(" · ");
}

const row = (gzipKb, budget) => ({
  "gzip kB": gzipKb.toFixed(2),
  "budget kB": budget ?? "none",
  ok: budget !== undefined && gzipKb <= budget,
});

const entryRows = [];
for (const pkg of packages.values()) {
  const peers = Object.keys(pkg.manifest.peerDependencies ?? {});
  // A command-line package (one with a `bin`) runs on Node and is installed, never bundled into
  // an app: only its own code counts.
  const cli = pkg.manifest.bin !== undefined;
  const siblings = Object.keys(pkg.manifest.dependencies ?? {}).filter(
    (dep) => cli || dep.startsWith("@carerkit/"),
  );
  for (const { specifier, esmFile } of publishedEntries(pkg)) {
    const { gzipKb } = await measure(
      `export * from ${JSON.stringify(resolve(esmFile))};`,
      resolve(pkg.dir),
      [...peers, ...siblings],
      cli ? "node" : "browser",
    );
    entryRows.push({ entry: specifier, ...row(gzipKb, budgets.entries[specifier]) });
  }
}

const importRows = [];
for (const { from, names, budget } of budgets.imports) {
  const pkg = packages.get(from);
  const entry = publishedEntries(pkg).find((candidate) => candidate.specifier === from);
  const peers = Object.keys(pkg.manifest.peerDependencies ?? {});
  const label = `{ ${names.join(", ")} } from ${from}`;
  const { gzipKb, metafile } = await measure(
    `export { ${names.join(", ")} } from ${JSON.stringify(resolve(entry.esmFile))};`,
    resolve(pkg.dir),
    peers,
  );
  importRows.push({ import: label, ...row(gzipKb, budget) });
  if (why)
    console.log(
      `${label}: ${gzipKb.toFixed(2)} kB\n  minified bytes by package: ${bytesByPackage(metafile)}\n${topContributors(metafile, Number(process.env.TOP ?? 8)).join("\n")}`,
    );
}

console.table(entryRows, ["entry", "gzip kB", "budget kB", "ok"]);
console.table(importRows, ["import", "gzip kB", "budget kB", "ok"]);
const over = [...entryRows, ...importRows].filter((r) => !r.ok);
if (over.length > 0) {
  console.error(`Over budget or without one: ${over.map((r) => r.entry ?? r.import).join("; ")}`);
  process.exit(1);
}
