// Starts the carer-service API. PGlite (embedded PostgreSQL) in ./.data by default; a PostgreSQL
// server when DATABASE_URL is set. Migrations run on start.
import { openConfiguredDatabase, readAuthConfig, readDataDir, readVoiceConfig } from "./config.ts";
import { startServer } from "./server.ts";

const env = process.env;
const db = await openConfiguredDatabase(env);
const auth = await readAuthConfig(env, readDataDir(env));
const server = await startServer({
  auth,
  corsOrigins: (env["CORS_ORIGINS"] ?? "").split(",").filter((o) => o !== ""),
  rateLimit: {
    limit: Number(env["RATE_LIMIT_PER_MINUTE"] ?? 600),
    windowMs: 60_000,
  },
  db,
  host: env["HOST"] ?? "127.0.0.1",
  port: Number(env["PORT"] ?? 3000),
  pseudonymKey: env["PSEUDONYM_KEY"],
  voice: readVoiceConfig(env),
});
if (env["AUTH_DEV_MODE"] === "1") {
  console.log(
    "AUTH_DEV_MODE=1: accepting tokens signed by this checkout's own dev key (pnpm token --role …). Never use dev mode with real data.",
  );
}
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
