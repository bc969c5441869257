// The load check's two servers, run by scripts/bench.ts in a child process so that the load
// generator never shares their event loop:
//   - "full": the API as deployed (bearer token checked against a JWKS, row-level security per
//     transaction, an audit row per personal-data access, rate limiting);
//   - "bare": the same routes and handlers with none of that (a fixed coordinator, the owner's
//     connection, no audit row). It exists only here: main.ts and the environment cannot reach it.
// Each has a database of its own (PGlite in a temp folder, or a schema on BENCH_DATABASE_URL).
import { PGlite } from "@electric-sql/pglite";
import { exportJWK, generateKeyPair, SignJWT } from "jose";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Identity } from "../src/auth/roles.ts";
import type { Database } from "../src/db/database.ts";
import { openPglite } from "../src/db/pglite.ts";
import { openPostgres } from "../src/db/postgres.ts";
import type { RouteAccess } from "../src/routes/registry.ts";
import { startServer, type RunningServer } from "../src/server.ts";
import { registration } from "../test/fixtures.ts";

/** What the child tells bench.ts once both servers listen. */
export interface BenchServers {
  readonly database: "pglite" | "postgres";
  readonly full: string;
  readonly bare: string;
  /** A coordinator's bearer token for the full server. */
  readonly token: string;
  /** The carer that the read route reads, registered on both servers. */
  readonly carerId: string;
}

const COORDINATOR: Identity = { role: "coordinator", subject: "bench-coordinator" };
const ISSUER = "https://idp.bench.invalid";
const AUDIENCE = "carer-service-api";
const postgresUrl = process.env["BENCH_DATABASE_URL"];

const BARE: RouteAccess = {
  gate: () => Promise.resolve(COORDINATOR),
  scope: (db) => db,
  audit: () => Promise.resolve(),
};

async function openDatabases(): Promise<{
  dbs: [Database, Database];
  dispose: () => Promise<void>;
}> {
  if (postgresUrl !== undefined && postgresUrl !== "") {
    const schemas = ["full", "bare"].map((n) => `bench_${n}_${process.pid}`);
    const dbs = await Promise.all(
      schemas.map((schema) => openPostgres({ connectionString: postgresUrl, schema })),
    );
    return {
      dbs: dbs as [Database, Database],
      async dispose() {
        const owner = await openPostgres({ connectionString: postgresUrl });
        for (const schema of schemas) await owner.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await owner.close();
      },
    };
  }
  // initdb (in WebAssembly) once, then both data directories start from its dump.
  const fresh = await PGlite.create();
  const template = await fresh.dumpDataDir("none");
  await fresh.close();
  const dir = await mkdtemp(join(tmpdir(), "carer-service-api-bench-"));
  const dbs = await Promise.all(
    ["full", "bare"].map((n) => openPglite({ dataDir: join(dir, n), loadDataDir: template })),
  );
  return {
    dbs: dbs as [Database, Database],
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
}

const { publicKey, privateKey } = await generateKeyPair("ES256");
const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid: "bench", alg: "ES256" }] };
const nowSeconds = Math.floor(Date.now() / 1000);
const token = await new SignJWT({ role: COORDINATOR.role })
  .setProtectedHeader({ alg: "ES256", kid: "bench", typ: "JWT" })
  .setIssuer(ISSUER)
  .setAudience(AUDIENCE)
  .setSubject(COORDINATOR.subject)
  .setIssuedAt(nowSeconds)
  .setExpirationTime(nowSeconds + 3600)
  .sign(privateKey);

const { dbs, dispose } = await openDatabases();
const common = { log: () => undefined, rateLimit: { limit: 1e9, windowMs: 60_000 } };
const auth = { issuer: ISSUER, audience: AUDIENCE, jwks };
const servers: RunningServer[] = [
  await startServer({ ...common, db: dbs[0], auth }),
  await startServer({ ...common, db: dbs[1], auth, access: BARE }),
];
const seed = registration("bench", 0);
for (const server of servers) {
  const response = await fetch(`${server.url}/carers`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify(seed),
  });
  if (response.status !== 201) throw new Error(`seeding failed: ${response.status}`);
}
const ready: BenchServers = {
  database: postgresUrl ? "postgres" : "pglite",
  full: servers[0]!.url,
  bare: servers[1]!.url,
  token,
  carerId: "bench-carer-0",
};
process.send?.(ready);
process.once("message", () => {
  void Promise.all(servers.map((s) => s.close()))
    .then(dispose)
    .then(() => process.exit(0));
});
