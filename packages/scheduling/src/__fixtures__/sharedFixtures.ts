// Test-only access to the shared fixtures beside the repository (../shared/fixtures from the
// repository root; CI clones with shared/ beside the clone). The package itself never reads them.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../../../../shared/fixtures/", import.meta.url));

export function readSharedFixture(path: string): unknown {
  return JSON.parse(readFileSync(root + path, "utf8")) as unknown;
}
