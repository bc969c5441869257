import { defineConfig } from "vitest/config";

/** Workspace sources are used directly through the `@carerkit/source` export condition. */
const SOURCE = "@carerkit/source";

export default defineConfig({
  resolve: { conditions: [SOURCE, "module", "node", "development|production"] },
  ssr: { resolve: { conditions: [SOURCE, "module", "node", "development|production"] } },
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/globalSetup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
