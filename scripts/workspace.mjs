// Helpers shared by the repository scripts: which library packages exist and where.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Every publishable package under packages/, with its folder and package.json. */
export function libraryPackages() {
  return readdirSync("packages", { withFileTypes: true })
    .filter(
      (entry) => entry.isDirectory() && existsSync(join("packages", entry.name, "package.json")),
    )
    .map((entry) => {
      const dir = join("packages", entry.name);
      const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
      return { dir, folder: entry.name, manifest };
    })
    .filter((pkg) => !pkg.manifest.private);
}

/**
 * Every public entry of a package as published: its import specifier and the built ESM file.
 * Reads `publishConfig.exports` (what npm users get), skipping `./package.json`.
 */
export function publishedEntries(pkg) {
  const exportsMap = pkg.manifest.publishConfig?.exports ?? pkg.manifest.exports;
  return Object.entries(exportsMap)
    .filter(([subpath]) => subpath !== "./package.json")
    .map(([subpath, conditions]) => ({
      specifier: subpath === "." ? pkg.manifest.name : `${pkg.manifest.name}${subpath.slice(1)}`,
      esmFile: join(pkg.dir, conditions.import.default),
    }));
}
