import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** Every source file reachable from `entry` through relative imports. */
function reachable(entry: string): Map<string, string> {
  const seen = new Map<string, string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    const text = readFileSync(file, "utf8");
    seen.set(file, text);
    for (const match of text.matchAll(/from "(\.{1,2}\/[^"]+)"/g)) {
      visit(resolve(dirname(file), match[1]!));
    }
  };
  visit(entry);
  return seen;
}

describe("the main entry", () => {
  it("never reaches the charting or CSV libraries, which stay in the report entry", () => {
    const files = reachable(fileURLToPath(new URL("./index.ts", import.meta.url)));
    for (const [file, text] of files) {
      expect(text, file).not.toMatch(/from "(vega|vega-lite|csv-parse)/);
      expect(text, file).not.toMatch(/import\("(vega|vega-lite)/);
    }
  });
});
