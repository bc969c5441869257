// Runs once per test run. For PGlite, initialising a fresh database (initdb in WASM) takes about
// ten seconds, so it is done once here and dumped; each test server starts from the dump (~1 s).
import { PGlite } from "@electric-sql/pglite";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
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

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const database = process.env["CARER_API_TEST_DB"] === "postgres" ? "postgres" : "pglite";
  project.provide("database", database);
  const dir = await mkdtemp(join(tmpdir(), "carer-service-api-"));
  const template = join(dir, "template.tar");
  if (database === "pglite") {
    const db = await PGlite.create();
    const dump = await db.dumpDataDir("none");
    await db.close();
    await writeFile(template, new Uint8Array(await dump.arrayBuffer()));
  }
  project.provide("pgliteTemplate", template);
  return () => rm(dir, { recursive: true, force: true });
}
