import { randomUUID } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, inject } from "vitest";
import type { Database } from "../src/db/database.ts";
import { openPglite } from "../src/db/pglite.ts";
import { openPostgres } from "../src/db/postgres.ts";
import type { Identity } from "../src/auth/roles.ts";
import type { AccessLogEntry } from "../src/http/logging.ts";
import { startServer, type RunningServer, type StartOptions } from "../src/server.ts";
import { createTestIssuer, type TestIssuer } from "./issuer.ts";

/** Who test requests act as unless they say otherwise. */
export const COORDINATOR: Identity = { role: "coordinator", subject: "staff-coordinator-1" };

/** Server options for tests: everything but the database, the log and the token settings. */
export type TestServerOptions = Omit<StartOptions, "db" | "log" | "auth">;

/**
 * A database for one test file that can be opened, closed and opened again (to test restarts):
 * a PGlite data directory in a temp folder, or a schema of its own on the PostgreSQL server.
 */
export interface TestDatabase {
  readonly kind: "pglite" | "postgres";
  open(): Promise<Database>;
  dispose(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  if (inject("database") === "postgres") {
    const connectionString = process.env["TEST_DATABASE_URL"];
    if (connectionString === undefined) throw new Error("TEST_DATABASE_URL is not set");
    const schema = `t_${randomUUID().replace(/-/g, "").slice(0, 16)}`;
    return {
      kind: "postgres",
      open: () => openPostgres({ connectionString, schema }),
      async dispose() {
        const db = await openPostgres({ connectionString });
        await db.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await db.close();
      },
    };
  }
  const dir = await mkdtemp(join(tmpdir(), "carer-service-api-data-"));
  const dataDir = join(dir, "pgdata");
  let initialised = false;
  return {
    kind: "pglite",
    async open() {
      if (initialised) return openPglite({ dataDir });
      initialised = true;
      const template = await readFile(inject("pgliteTemplate"));
      return openPglite({ dataDir, loadDataDir: new File([template], "template.tar") });
    },
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
}

/** A server on an ephemeral loopback port, with its access log captured. */
export interface TestServer extends RunningServer {
  readonly logs: AccessLogEntry[];
  /** The test identity provider whose keys the server trusts. */
  readonly issuer: TestIssuer;
  /** The server's own database handle (the owner's connection), for direct SQL in tests. */
  readonly db: Database;
  /**
   * fetch relative to the server, with a bearer token for `as` (default a coordinator); `null`
   * sends no token, and an `authorization` header in `init` is sent as given.
   */
  request(path: string, init?: RequestInit, as?: Identity | null): Promise<Response>;
  /** Sends a JSON body, as `as` (default a coordinator). */
  send(
    method: "POST" | "PUT" | "PATCH",
    path: string,
    body: unknown,
    as?: Identity | null,
  ): Promise<Response>;
}

export async function startTestServer(
  database: TestDatabase,
  options: TestServerOptions = {},
  issuer?: TestIssuer,
): Promise<TestServer> {
  const logs: AccessLogEntry[] = [];
  const idp = issuer ?? (await createTestIssuer());
  const db = await database.open();
  const server = await startServer({
    ...options,
    auth: idp.auth,
    db,
    host: "127.0.0.1",
    port: 0,
    log: (entry) => logs.push(entry),
  });
  const request = async (
    path: string,
    init: RequestInit = {},
    as: Identity | null = COORDINATOR,
  ): Promise<Response> => {
    const headers = new Headers(init.headers);
    if (as !== null && !headers.has("authorization")) {
      headers.set("authorization", `Bearer ${await idp.sign(as)}`);
    }
    return fetch(`${server.url}${path}`, { ...init, headers });
  };
  return {
    ...server,
    close: () => server.close(),
    logs,
    issuer: idp,
    db,
    request,
    send: (method, path, body, as) =>
      request(
        path,
        { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) },
        as,
      ),
  };
}

/**
 * Starts a server on a database of its own before the file's tests and stops both after them.
 * The returned object is filled in by `beforeAll`; use it inside tests and hooks only.
 */
export function useTestServer(options: TestServerOptions = {}): TestServer {
  const handle = {} as TestServer;
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
    Object.assign(handle, await startTestServer(database, options));
  });
  afterAll(async () => {
    await handle.close();
    await database?.dispose();
  });
  return handle;
}

/** The parsed body of a problem response, asserting its media type. */
export async function problemOf(response: Response): Promise<Problem> {
  const type = response.headers.get("content-type");
  if (type !== "application/problem+json") {
    throw new Error(
      `expected application/problem+json, got ${type ?? "nothing"} (${response.status})`,
    );
  }
  return (await response.json()) as Problem;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  errors?: { field: string; pointer: string; code: string; detail: string }[];
}
