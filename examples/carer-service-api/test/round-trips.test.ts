// The work a request does in the database, counted rather than timed (timings live in
// scripts/bench.ts): on PGlite each statement is a round trip through the one WebAssembly
// connection, and those round trips bound the write path.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database, Queryable } from "../src/db/database.ts";
import { registration } from "./fixtures.ts";
import {
  createTestDatabase,
  startTestServer,
  type TestDatabase,
  type TestServer,
} from "./harness.ts";

/** Statements run inside each transaction, in order, by their first words. */
const transactions: string[][] = [];

const counting = (db: Database): Database => {
  const on = (q: Queryable, log: string[]): Queryable => ({
    query: (sql, params) => {
      log.push(sql.trim().split(/\s+/).slice(0, 2).join(" "));
      return q.query(sql, params);
    },
    exec: (sql) => q.exec(sql),
  });
  return {
    ...db,
    transaction: (fn) =>
      db.transaction((tx) => {
        const log: string[] = [];
        transactions.push(log);
        return fn(on(tx, log));
      }),
  };
};

let database: TestDatabase;
let server: TestServer;
beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer({
    ...database,
    open: async () => counting(await database.open()),
  });
});
afterAll(async () => {
  await server.close();
  await database.dispose();
});

/** The statements of the transactions one request ran. */
async function statementsOf(request: () => Promise<Response>): Promise<string[][]> {
  const before = transactions.length;
  const response = await request();
  expect(response.status).toBeLessThan(300);
  return transactions.slice(before);
}

describe("database round trips per request", () => {
  it("registers a carer in one transaction of three statements: scope, the inserts, audit", async () => {
    const ran = await statementsOf(() => server.send("POST", "/carers", registration("q", 1)));
    expect(ran).toEqual([
      ["SELECT set_config('carerkit.role',", "SELECT register_carer($1,", "INSERT INTO"],
    ]);
  });

  it("reads a carer in one transaction: scope, the record, its relationships, audit", async () => {
    const ran = await statementsOf(() => server.request("/carers/q-carer-1"));
    expect(ran).toHaveLength(1);
    expect(ran[0]).toHaveLength(4);
    expect(ran[0]?.at(-1)).toBe("INSERT INTO");
  });
});
