// A release you could run tomorrow, rehearsed on a copy of the repository: `changeset version`
// applies the pending changesets, then every package is packed and put through
// `pnpm publish --dry-run`, and the manifest inside each tarball is checked: a real version
// range for every @carerkit dependency (no `workspace:`), a `files` list, the published
// `exports` without the source condition, public access and provenance. Needs `pnpm build`
// first. Nothing is published and the working tree is not touched.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { libraryPackages } from "./workspace.mjs";

const root = resolve(".");
const copy = resolve(".tmp/release");
const tarballs = join(copy, ".tarballs");
const bin = (name) => join(root, "node_modules", ".bin", name);
const quiet = { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] };

rmSync(copy, { recursive: true, force: true });
const tracked = execFileSync(
  "git",
  ["ls-files", "--cached", "--others", "--exclude-standard", "-z"],
  quiet,
)
  .split("\0")
  .filter((file) => file !== "" && existsSync(file));
for (const file of tracked) {
  mkdirSync(join(copy, dirname(file)), { recursive: true });
  cpSync(file, join(copy, file));
}
const packages = libraryPackages();
const pendingChangesets = readdirSync(".changeset").filter(
  (f) => f.endsWith(".md") && f !== "README.md",
);
for (const pkg of packages) {
  if (!existsSync(join(pkg.dir, "dist")))
    throw new Error(`${pkg.dir}/dist is missing: run pnpm build first`);
  cpSync(join(pkg.dir, "dist"), join(copy, pkg.dir, "dist"), { recursive: true });
}

// pnpm resolves `workspace:` ranges from installed links, so the copy gets its own (from the store).
execFileSync(
  bin("pnpm"),
  ["install", "--prefer-offline", "--frozen-lockfile", "--ignore-scripts"],
  { ...quiet, cwd: copy },
);
execFileSync(bin("changeset"), ["version"], { ...quiet, cwd: copy });

const DEPENDENCY_FIELDS = ["dependencies", "peerDependencies", "optionalDependencies"];
let failed = false;
for (const pkg of packages) {
  const cwd = join(copy, pkg.dir);
  const problems = [];
  try {
    execFileSync(bin("pnpm"), ["publish", "--dry-run", "--no-git-checks"], { ...quiet, cwd });
  } catch (error) {
    problems.push(
      `pnpm publish --dry-run failed: ${
        String(error.stderr)
          .split("\n")
          .find((l) => /ERR|error/i.test(l)) ?? ""
      }`,
    );
  }
  const packed = JSON.parse(
    execFileSync(bin("pnpm"), ["pack", "--json", "--pack-destination", tarballs], {
      ...quiet,
      cwd,
    }),
  );
  const published = JSON.parse(
    execFileSync("tar", ["-xzOf", packed.filename, "package/package.json"], quiet),
  );
  for (const field of DEPENDENCY_FIELDS)
    for (const [name, range] of Object.entries(published[field] ?? {}))
      if (
        String(range).startsWith("workspace:") ||
        (name.startsWith("@carerkit/") && !/^\^\d+\.\d+\.\d+$/.test(range))
      )
        problems.push(`${field}.${name} is "${range}", not a caret range on a released version`);
  if (!Array.isArray(published.files) || published.files.length === 0)
    problems.push("no files list");
  if (JSON.stringify(published.exports ?? {}).includes("@carerkit/source"))
    problems.push("exports keep the source condition");
  if (pkg.manifest.publishConfig?.access !== "public")
    problems.push("publishConfig.access is not public");
  if (pkg.manifest.publishConfig?.provenance !== true)
    problems.push("publishConfig.provenance is not true");
  if (published.version === pkg.manifest.version && pendingChangesets.length > 0)
    problems.push(`version stays ${published.version}: no changeset bumps it`);
  console.log(
    `${problems.length === 0 ? "ok  " : "FAIL"} ${published.name}@${published.version} (from ${pkg.manifest.version}): ${problems.length === 0 ? "publishes (dry run) with real ranges, files, public access and provenance" : problems.join("; ")}`,
  );
  failed ||= problems.length > 0;
}
rmSync(copy, { recursive: true, force: true });
if (failed) process.exit(1);
