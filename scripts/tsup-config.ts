import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import { defineConfig, type Options } from "tsup";

type TsupPlugin = NonNullable<Options["plugins"]>[number];

/** Source files that are part of the library: not tests, type tests or fixtures. */
function moduleFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "__fixtures__" ? [] : moduleFiles(path);
    return /(?<!\.test|\.test-d)\.ts$/.test(entry.name) && !entry.name.endsWith(".d.ts")
      ? [path]
      : [];
  });
}

/** `@scope/name/sub` → `@scope/name`; `name/sub` → `name`. */
function packageName(specifier: string): string {
  const parts = specifier.split("/");
  return (specifier.startsWith("@") ? parts.slice(0, 2) : parts.slice(0, 1)).join("/");
}

const IMPORT_SPECIFIER =
  /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s*|\brequire\s*\(\s*)(["'])([^"'\n]+)\2/g;

/**
 * Rewrites each emitted module's import specifiers for per-module output: `./x.ts` becomes
 * `./x.js` (ESM) or `./x.cjs` (CJS), and a vendored package becomes a relative path to its copy in
 * `dist/_vendor/`. Any other bare import must be a dependency or peer dependency, or the build
 * fails, since nothing is bundled that would otherwise hide it.
 */
function rewriteSpecifiers(vendored: readonly string[], allowed: ReadonlySet<string>): TsupPlugin {
  return {
    name: "carerkit:rewrite-specifiers",
    renderChunk(code, chunk) {
      if (!/\.c?js$/.test(chunk.path)) return undefined;
      const extension = this.format === "cjs" ? ".cjs" : ".js";
      const rewritten = code.replace(
        IMPORT_SPECIFIER,
        (_whole, lead: string, quote: string, spec: string) => {
          let target = spec;
          if (spec.startsWith(".")) {
            target = spec.replace(/\.ts$/, extension);
          } else if (vendored.includes(spec)) {
            const copy = join(this.options.outDir, "_vendor", `${spec}${extension}`);
            target = relative(dirname(chunk.path), resolve(copy));
            if (!target.startsWith(".")) target = `./${target}`;
          } else if (!spec.startsWith("node:") && !allowed.has(packageName(spec))) {
            throw new Error(
              `${chunk.path}: imports "${spec}", which is neither a dependency, a peer dependency nor vendored (noExternal)`,
            );
          }
          return `${lead}${quote}${target}${quote}`;
        },
      );
      return { code: rewritten };
    },
  };
}

/**
 * The one tsup configuration every `@carerkit/*` package builds with: dual ESM + CJS, `.d.ts` and
 * `.d.cts`, source maps. Kept in one place so a move to tsdown is a one-file change.
 *
 * The JavaScript is emitted one file per source module (`bundle: false`), mirroring `src/`, so a
 * bundler that honours `"sideEffects": false` drops every module an app does not import; a
 * single-file build would keep every module-level schema, vocabulary and table, because a bundler
 * cannot prove their construction free of side effects. Type declarations are still rolled up per
 * public entry.
 *
 * @param overrides - `entry` lists the public entries (default `src/index.ts`); string entries of
 * `noExternal` name single-file ESM dependencies copied to `dist/_vendor/` instead of imported.
 */
export function libraryConfig(overrides: Options = {}): ReturnType<typeof defineConfig> {
  const { entry = ["src/index.ts"], noExternal = [], ...rest } = overrides;
  const manifest = JSON.parse(readFileSync("package.json", "utf8")) as {
    dependencies?: Record<string, string>;
    peerDependencies?: Record<string, string>;
  };
  const allowed = new Set([
    ...Object.keys(manifest.dependencies ?? {}),
    ...Object.keys(manifest.peerDependencies ?? {}),
  ]);
  const vendored = noExternal.filter((name): name is string => typeof name === "string");
  const require = createRequire(resolve("package.json"));
  const modules: Record<string, string> = {};
  for (const file of moduleFiles("src")) modules[relative("src", file).replace(/\.ts$/, "")] = file;
  for (const name of vendored) modules[`_vendor/${name}`] = require.resolve(name);

  return defineConfig({
    entry: modules,
    bundle: false,
    splitting: false,
    format: ["esm", "cjs"],
    dts: { entry },
    sourcemap: true,
    clean: true,
    target: "es2022",
    plugins: [rewriteSpecifiers(vendored, allowed)],
    ...rest,
  });
}
