import { existsSync, readdirSync, readFileSync } from "node:fs";
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
          // Text that only looks like an import, such as a message template `from "${x}"`.
          if (/[$\s{}]/.test(spec)) return `${lead}${quote}${spec}${quote}`;
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
 * @param overrides - `entry` lists the public entries (default `src/index.ts`); `noExternal` names
 * (or matches, with a RegExp) dependencies that are bundled into `dist/_vendor/<name>.js` and
 * `.cjs` instead of imported, so users do not install them (ESM vendor files share chunks).
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
  const files = moduleFiles("src");
  const modules: Record<string, string> = {};
  for (const file of files) modules[relative("src", file).replace(/\.ts$/, "")] = file;
  const vendored = vendoredImports(files, noExternal);
  const require = createRequire(resolve("package.json"));
  const entryOf = (name: string, format: "esm" | "cjs"): [string, string] => [
    name,
    vendorEntry(require.resolve(name), name, format),
  ];
  const vendorEntries = (format: "esm" | "cjs"): Record<string, string> =>
    Object.fromEntries(vendored.map((name) => entryOf(name, format)));

  const library = {
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
  } satisfies Options;
  if (vendored.length === 0) return defineConfig(library);
  // Vendored dependencies, bundled with what they import; ESM files share chunks.
  const vendor = (format: "esm" | "cjs"): Options => ({
    entry: vendorEntries(format),
    outDir: "dist/_vendor",
    bundle: true,
    splitting: format === "esm",
    format: [format],
    dts: false,
    sourcemap: false,
    clean: false,
    target: "es2022",
    platform: "neutral",
    esbuildOptions(options) {
      options.mainFields = ["module", "main"];
    },
    noExternal: [/.*/],
  });
  return defineConfig([library, vendor("esm"), vendor("cjs")]);
}

/**
 * The file a vendored package is bundled from: for ESM its `exports` `import` target or `module`
 * field when it has one (so named exports survive), else what `require.resolve` found.
 */
function vendorEntry(resolved: string, name: string, format: "esm" | "cjs"): string {
  let dir = dirname(resolved);
  while (dir !== dirname(dir)) {
    const manifestPath = join(dir, "package.json");
    const manifest = existsSync(manifestPath)
      ? (JSON.parse(readFileSync(manifestPath, "utf8")) as {
          name?: string;
          module?: string;
          exports?: unknown;
        })
      : undefined;
    if (manifest?.name === name) {
      if (format === "cjs") return resolved;
      const root = (manifest.exports as Record<string, unknown> | undefined)?.["."] as
        Record<string, unknown> | undefined;
      const target = root?.["import"] ?? manifest.module;
      const file =
        typeof target === "string"
          ? target
          : (target as { default?: unknown } | undefined)?.default;
      return typeof file === "string" ? join(dir, file) : resolved;
    }
    dir = dirname(dir);
  }
  return resolved;
}

/** The bare imports of the library's modules that `noExternal` names or matches, sorted. */
function vendoredImports(
  files: readonly string[],
  noExternal: NonNullable<Options["noExternal"]>,
): string[] {
  const found = new Set<string>();
  for (const file of files)
    for (const [, , , spec = ""] of readFileSync(file, "utf8").matchAll(IMPORT_SPECIFIER))
      if (
        !spec.startsWith(".") &&
        noExternal.some((rule) => (typeof rule === "string" ? rule === spec : rule.test(spec)))
      )
        found.add(spec);
  return [...found].sort();
}
