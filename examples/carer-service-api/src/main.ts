// Starts the carer-service API. PGlite (embedded PostgreSQL) in ./.data by default; a PostgreSQL
// server when DATABASE_URL is set. Migrations run on start.
import { openPglite } from "./db/pglite.ts";
import { openPostgres } from "./db/postgres.ts";
import { startServer } from "./server.ts";

const env = process.env;
const databaseUrl = env["DATABASE_URL"];
const dataDir = env["DATA_DIR"] ?? new URL("../.data/", import.meta.url).pathname;
const db =
  databaseUrl === undefined || databaseUrl === ""
    ? await openPglite({ dataDir })
    : await openPostgres({ connectionString: databaseUrl });
const server = await startServer({
  db,
  host: env["HOST"] ?? "127.0.0.1",
  port: Number(env["PORT"] ?? 3000),
  pseudonymKey: env["PSEUDONYM_KEY"],
});
// No connection string, data directory path or carer data in the log.
console.log(
  `carer-service API on ${server.url} (database: ${db.kind}; migrations applied now: ${server.migrationsApplied.join(", ") || "none"}); OpenAPI at ${server.url}/openapi.json`,
);
const stop = (): void => {
  server.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
