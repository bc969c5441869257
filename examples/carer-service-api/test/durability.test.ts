import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate, MIGRATIONS_DIR, readMigrations } from "../src/db/migrate.ts";
import { programmeBody, registration } from "./fixtures.ts";
import { createTestDatabase, startTestServer, type TestDatabase } from "./harness.ts";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.dispose();
});

/** Row counts read straight from the database, with the server stopped. */
async function count(...tables: string[]): Promise<Record<string, number>> {
  const db = await database.open();
  try {
    const counts: Record<string, number> = {};
    for (const table of tables) {
      const [row] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
      counts[table] = row?.n ?? -1;
    }
    return counts;
  } finally {
    await db.close();
  }
}

describe("data on disk", () => {
  it("survives a restart, and migrations are applied once and recorded", async () => {
    const first = await startTestServer(database);
    const versions = (await readMigrations()).map((m) => m.version);
    expect(versions.slice(0, 4)).toEqual(["0001", "0002", "0003", "0004"]);
    expect(first.migrationsApplied).toEqual(versions);
    expect((await first.send("POST", "/carers", registration("d", 1))).status).toBe(201);
    expect((await first.send("POST", "/programmes", programmeBody("d-prog", 4))).status).toBe(201);
    expect(
      (await first.send("POST", "/programmes/d-prog/enrolments", { carerId: "d-carer-1" })).status,
    ).toBe(201);
    await first.close();

    const second = await startTestServer(database);
    try {
      expect(second.migrationsApplied).toEqual([]);
      const carer = (await (await second.request("/carers/d-carer-1")).json()) as {
        carer: { postcode: string };
      };
      expect(carer.carer.postcode).toBe("ZZ99 3VZ");
      const read = (await (await second.request("/programmes/d-prog")).json()) as {
        enrolled: number;
        sessions: unknown[];
      };
      expect(read.enrolled).toBe(1);
      expect(read.sessions).toHaveLength(8);
    } finally {
      await second.close();
    }
    expect(await count("schema_migrations")).toEqual({ schema_migrations: versions.length });
  });

  it("leaves no partial rows when a registration fails half-way through its transaction", async () => {
    const server = await startTestServer(database);
    try {
      // The carer is new, but the cared-for person's id is taken: the carer insert has already
      // run when the second insert fails, and must be rolled back with it.
      const clash = registration("d", 2);
      clash.caredFor["id"] = "d-person-1";
      clash.relationship["caredForId"] = "d-person-1";
      const response = await server.send("POST", "/carers", clash);
      expect(response.status).toBe(409);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      expect((await server.request("/carers/d-carer-2")).status).toBe(404);
    } finally {
      await server.close();
    }
    expect(await count("carers", "cared_for_people", "caring_relationships")).toEqual({
      carers: 1,
      cared_for_people: 1,
      caring_relationships: 1,
    });
  });

  it("refuses to start when an applied migration file has been edited", async () => {
    const dir = await mkdtemp(join(tmpdir(), "carer-service-api-migrations-"));
    try {
      await cp(MIGRATIONS_DIR, dir, { recursive: true });
      const file = join(dir, "0001_people_and_consent.sql");
      await writeFile(file, `${await readFile(file, "utf8")}\n-- edited\n`);
      const db = await database.open();
      try {
        await expect(migrate(db, pathToFileURL(`${dir}/`))).rejects.toThrow(
          /was changed after it was applied/,
        );
      } finally {
        await db.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
