// Packs every library package exactly as `pnpm publish` would (publishConfig applied) and runs
// publint --strict and attw on the tarball. Any problem fails the build.
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import { libraryPackages } from "./workspace.mjs";

const packDir = resolve(".tmp/packs");
rmSync(packDir, { recursive: true, force: true });
mkdirSync(packDir, { recursive: true });

for (const pkg of libraryPackages()) {
  console.log(`\n=== ${pkg.manifest.name}`);
  const out = execFileSync("pnpm", ["pack", "--json", "--pack-destination", packDir], {
    cwd: pkg.dir,
    encoding: "utf8",
  });
  const tarball = JSON.parse(out).filename;
  execFileSync("publint", ["run", "--strict", tarball], { stdio: "inherit" });
  execFileSync("attw", [tarball, "--format", "table-flipped"], { stdio: "inherit" });
}
