// Builds the page with Vite and reports what is in it: gzip sizes, and which SDK source files were
// bundled, which were left out, against the full packages. Shared by `size` and `test:example`.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build as esbuild } from "esbuild";
import { build, type Rolldown } from "vite";

export const exampleRoot = fileURLToPath(new URL("..", import.meta.url));
const workspaceRoot = join(exampleRoot, "..", "..");
const PACKAGES = ["core", "assessment", "scheduling", "directory", "evaluation"] as const;

export interface BundleReport {
  /** gzip bytes of each emitted file, by file name. */
  readonly files: readonly {
    readonly file: string;
    readonly bytes: number;
    readonly gzip: number;
  }[];
  /** SDK source files in the page, by package, as paths inside the package's src/. */
  readonly bundled: Readonly<Record<string, readonly string[]>>;
  /** SDK source files (not tests or fixtures) left out of the page, by package. */
  readonly leftOut: Readonly<Record<string, readonly string[]>>;
  /** gzip bytes of the page's JavaScript, and of the same packages with every export kept. */
  readonly pageJsGzip: number;
  readonly fullPackagesGzip: number;
  /** Third-party packages in the page and their rendered bytes. */
  readonly dependencies: Readonly<Record<string, number>>;
  /** Unused exports whose code is in the page anyway (by {@link UNUSED_MARKERS}). */
  readonly unusedButBundled: readonly string[];
  /**
   * The same page bundled from the packages' dist/ (what npm users get), or why it could not be:
   * dist/ not built, or older than the source the page uses.
   */
  readonly fromDist: DistBuild | string;
}

/** The page bundled from the published files: its gzip size and which unused exports remain. */
export interface DistBuild {
  readonly pageJsGzip: number;
  /** Unused exports whose code is still in the bundle. */
  readonly unusedButBundled: readonly string[];
}

/**
 * Exports the page does not use, by package, each with a string only its code contains (names
 * are minified away, strings are not).
 */
export const UNUSED_MARKERS: Readonly<Record<string, string>> = {
  "assessment: determineCarerEligibility": "SI 2015/313",
  "assessment: toFhirQuestionnaire": "http://hl7.org/fhir/StructureDefinition/minValue",
  "assessment: PHQ9": "Patient Health Questionnaire-9",
  "assessment: WEMWBS": "Warwick-Edinburgh Mental Wellbeing Scale",
  "assessment: ZBI22": "Zarit Burden Interview",
  // The function name its argument checks report (fromHsds itself hands ORUK feeds on to
  // fromOpenReferralUk, so that importer is in the page).
  "directory: fromHsdsTabular": "fromHsdsTabular",
};

/** The names of the unused exports whose marker string is in `code`. */
export function unusedButBundled(code: string): string[] {
  return Object.entries(UNUSED_MARKERS)
    .filter(([, marker]) => code.includes(marker))
    .map(([name]) => name);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "__fixtures__" ? [] : sourceFiles(path);
    return name.endsWith(".ts") && !/\.test(-d)?\.ts$/.test(name) ? [path] : [];
  });
}

function isOutput(value: unknown): value is Rolldown.RolldownOutput {
  return typeof value === "object" && value !== null && "output" in value;
}

/** Builds dist/ and measures it. */
export async function buildAndReport(): Promise<BundleReport> {
  const built = await build({ root: exampleRoot, logLevel: "warn" });
  const outputs = (Array.isArray(built) ? built : [built]).filter(isOutput);
  const files: { file: string; bytes: number; gzip: number }[] = [];
  let code = "";
  const modules: { id: string; length: number }[] = [];
  for (const item of outputs.flatMap((o) => o.output)) {
    const content = item.type === "chunk" ? item.code : item.source;
    const buffer = Buffer.from(content);
    files.push({ file: item.fileName, bytes: buffer.length, gzip: gzipSync(buffer).length });
    if (item.type === "chunk") {
      code += item.code;
      for (const [id, info] of Object.entries(item.modules)) {
        if (info.renderedLength > 0) modules.push({ id, length: info.renderedLength });
      }
    }
  }
  const bundled: Record<string, string[]> = {};
  const leftOut: Record<string, string[]> = {};
  for (const name of PACKAGES) {
    const src = join(workspaceRoot, "packages", name, "src");
    const all = sourceFiles(src).map((path) => relative(src, path));
    const inPage = new Set(
      modules.filter((m) => m.id.startsWith(src + "/")).map((m) => relative(src, m.id)),
    );
    bundled[name] = all.filter((file) => inPage.has(file)).sort();
    leftOut[name] = all.filter((file) => !inPage.has(file)).sort();
  }
  const dependencies: Record<string, number> = {};
  for (const m of modules) {
    const match = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)\//.exec(
      m.id,
    );
    if (match?.[1] !== undefined) {
      dependencies[match[1]] = (dependencies[match[1]] ?? 0) + m.length;
    }
  }
  const full = await esbuild({
    stdin: {
      contents: [
        'export * from "@carerkit/core";',
        'export * from "@carerkit/assessment";',
        'export * from "@carerkit/directory";',
      ].join("\n"),
      resolveDir: exampleRoot,
      loader: "ts",
    },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    conditions: ["@carerkit/source"],
    write: false,
    logLevel: "error",
  });
  const pageJsGzip = files.filter((f) => f.file.endsWith(".js")).reduce((s, f) => s + f.gzip, 0);
  const distBuilt = ["core", "assessment", "directory"].every((name) =>
    existsSync(join(workspaceRoot, "packages", name, "dist", "index.js")),
  );
  return {
    unusedButBundled: unusedButBundled(code),
    fromDist: distBuilt
      ? await buildFromDist().catch(
          () => "dist/ is older than the source (run `pnpm build` at the root to compare)",
        )
      : "dist/ is not built (run `pnpm build` at the root to compare)",
    files,
    bundled,
    leftOut,
    pageJsGzip,
    fullPackagesGzip: gzipSync(full.outputFiles[0]?.contents ?? new Uint8Array()).length,
    dependencies,
  };
}

/** Bundles the page again from the packages' dist/, without the source condition, in memory. */
async function buildFromDist(): Promise<DistBuild> {
  const built = await build({
    root: exampleRoot,
    configFile: false,
    logLevel: "silent",
    build: { write: false, target: "es2022" },
  });
  const code = (Array.isArray(built) ? built : [built])
    .filter(isOutput)
    .flatMap((o) => o.output)
    .flatMap((item) => (item.type === "chunk" ? [item.code] : []))
    .join("\n");
  return {
    pageJsGzip: gzipSync(code).length,
    unusedButBundled: unusedButBundled(code),
  };
}

const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;

/** The report as lines of text. */
export function formatReport(report: BundleReport): string[] {
  const lines = ["Built page (dist/):"];
  for (const f of report.files) lines.push(`  ${f.file}: ${kB(f.bytes)}, gzip ${kB(f.gzip)}`);
  const total = report.files.reduce((s, f) => s + f.gzip, 0);
  lines.push(`  total gzip: ${kB(total)}`);
  lines.push(
    `JavaScript gzip: page ${kB(report.pageJsGzip)} (SDK, zod, minisearch, kdbush, the feed and the page's code)`,
    `  vs. core + assessment + directory with every export kept, same dependencies, minified: ${kB(report.fullPackagesGzip)}`,
  );
  if (typeof report.fromDist === "string") {
    lines.push(`  vs. the same page bundled from the packages' dist/: ${report.fromDist}`);
  } else {
    const kept = report.fromDist.unusedButBundled;
    lines.push(
      `  vs. the same page bundled from the packages' dist/ (what npm users get): ${kB(report.fromDist.pageJsGzip)}`,
      `    unused exports still in it: ${kept.length === 0 ? "none" : kept.join(", ")}`,
    );
  }
  lines.push("SDK source files in the page (the rest were tree-shaken away):");
  for (const name of Object.keys(report.bundled)) {
    const inPage = report.bundled[name] ?? [];
    const out = report.leftOut[name] ?? [];
    lines.push(`  @carerkit/${name}: ${inPage.length} of ${inPage.length + out.length} files`);
    if (inPage.length > 0) lines.push(`    bundled: ${inPage.join(", ")}`);
  }
  lines.push(
    `Third-party code in the page (rendered bytes before minifying): ${Object.entries(
      report.dependencies,
    )
      .sort((a, b) => b[1] - a[1])
      .map(([name, bytes]) => `${name} ${kB(bytes)}`)
      .join(", ")}`,
  );
  return lines;
}
