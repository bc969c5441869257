// Runs once per test run. Initialising a fresh PGlite database (initdb in WebAssembly) takes
// about ten seconds, so it is done once and dumped; each test database starts from the dump
// (about a second). The dump is kept in the OS temp folder, keyed by the PGlite version, so
// later runs on the same machine skip initdb altogether.
import { PGlite } from "@electric-sql/pglite";
import { existsSync } from "node:fs";
import { readFile, rename, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** A PGlite data directory dump (tar) of a freshly initialised database. */
    pgliteTemplate: string;
    /** "pglite" or "postgres". */
    database: "pglite" | "postgres";
  }
}

/** The PGlite version this example pins (exactly) in its package.json. */
async function pgliteVersion(): Promise<string> {
  const manifest = JSON.parse(
    await readFile(new URL("../package.json", import.meta.url), "utf8"),
  ) as {
    dependencies: Record<string, string>;
  };
  return manifest.dependencies["@electric-sql/pglite"] ?? "unknown";
}

export default async function setup(project: TestProject): Promise<void> {
  const database = process.env["CARER_API_TEST_DB"] === "postgres" ? "postgres" : "pglite";
  project.provide("database", database);
  const template = join(tmpdir(), `carerkit-example-pglite-${await pgliteVersion()}.tar`);
  project.provide("pgliteTemplate", template);
  if (database === "postgres" || existsSync(template)) return;
  const db = await PGlite.create();
  const dump = await db.dumpDataDir("none");
  await db.close();
  // Written under a unique name, then renamed: a concurrent run never reads half a file.
  const partial = `${template}.${process.pid}.partial`;
  await writeFile(partial, new Uint8Array(await dump.arrayBuffer()));
  await rename(partial, template);
}
