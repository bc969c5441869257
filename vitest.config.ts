import { readdirSync, existsSync } from "node:fs";
import { resolve } from "node:path";
import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";

/** Workspace sources are used directly in tests through the `@carerkit/source` export condition. */
const SOURCE = "@carerkit/source";

function projectsIn(folder: string): TestProjectInlineConfiguration[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(`${folder}/${entry.name}/package.json`))
    .map((entry) => ({
      extends: true,
      test: {
        name: entry.name,
        root: `${folder}/${entry.name}`,
        include: ["src/**/*.test.ts", "test/**/*.test.ts"],
        typecheck: {
          // Type tests do not depend on the host time zone, so the TZ reruns skip them.
          enabled: process.env["CARERKIT_SKIP_TYPE_TESTS"] !== "1",
          include: ["src/**/*.test-d.ts"],
          tsconfig: resolve(folder, entry.name, "tsconfig.json"),
        },
      },
    }));
}

export default defineConfig({
  // Vite's own defaults, with the source condition first.
  resolve: { conditions: [SOURCE, "module", "browser", "development|production"] },
  ssr: { resolve: { conditions: [SOURCE, "module", "node", "development|production"] } },
  test: {
    // Examples run their own tests through `pnpm examples` (their `test:example` scripts).
    // `scripts` holds the repository's own tests, the fuzz suite over every export among them.
    projects: [
      ...projectsIn("packages"),
      { extends: true, test: { name: "scripts", root: "scripts", include: ["**/*.test.ts"] } },
    ],
    restoreMocks: true,
  },
});
