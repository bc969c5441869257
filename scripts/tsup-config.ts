import { defineConfig, type Options } from "tsup";

/**
 * The one tsup configuration every `@carerkit/*` package builds with: dual ESM + CJS,
 * `.d.ts` and `.d.cts`, source maps. Kept in one place so a move to tsdown is a one-file change.
 */
export function libraryConfig(overrides: Options = {}): ReturnType<typeof defineConfig> {
  return defineConfig({
    entry: ["src/index.ts"],
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "es2022",
    ...overrides,
  });
}
