import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { isCloneable } from "./isCloneable.ts";

/** Fixture files that write files or need vitest are not imported outside a test run. */
const UNSAFE = /writeFileSync|mkdirSync|rmSync|from "vitest"/;

/**
 * Loads a package's `src/__fixtures__/*.ts` test data as valid starting points for the fuzz
 * calls: each cloneable exported value, and the cloneable result of each exported function that
 * takes no argument (`betterTogether()`: a whole valid programme). Files that write or import
 * vitest are skipped; a file that fails to load is skipped.
 *
 * @param srcDir - The package's `src` folder.
 * @returns The fixtures by name (`file:NAME` or `file:NAME()`), in a stable order.
 * @example
 * const fixtures = await loadFixtures("/repo/packages/scheduling/src");
 */
export async function loadFixtures(srcDir: string): Promise<Map<string, unknown>> {
  const dir = join(srcDir, "__fixtures__");
  const fixtures = new Map<string, unknown>();
  if (!existsSync(dir)) return fixtures;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
    .sort();
  for (const file of files) {
    const path = join(dir, file);
    if (UNSAFE.test(readFileSync(path, "utf8"))) continue;
    try {
      const module = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
      const stem = file.replace(/\.ts$/, "");
      for (const name of Object.keys(module).sort()) {
        const value = module[name];
        if (typeof value === "function" && value.length === 0) {
          const made: unknown = (value as () => unknown)();
          if (isCloneable(made)) fixtures.set(`${stem}:${name}()`, made);
        } else if (isCloneable(value)) fixtures.set(`${stem}:${name}`, value);
      }
    } catch {
      // A fixture that cannot be loaded here (or whose factory throws) is simply not used.
    }
  }
  return fixtures;
}
