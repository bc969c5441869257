// Test-only access to the vendored fixtures (see vendor/README.md for sources and licences).
// The package itself never reads them.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("vendor/", import.meta.url));

export function readSharedFixture(path: string): unknown {
  return JSON.parse(readFileSync(root + path, "utf8")) as unknown;
}
