import { serve } from "@hono/node-server";
import type { AddressInfo } from "node:net";
import { createApp, type AppDeps } from "./app.ts";
import { createTokenVerifier, type AuthConfig } from "./auth/verifyToken.ts";
import { readVoiceConfig, type VoiceConfig } from "./config.ts";
import type { Database } from "./db/database.ts";
import { migrate } from "./db/migrate.ts";
import { loadDirectory } from "./directory.ts";
import { stdoutLogger, type Logger } from "./http/logging.ts";
import type { RateLimitConfig } from "./http/rateLimit.ts";
import type { RouteAccess, Routes } from "./routes/registry.ts";

/** How to start the server; everything but the database has a default. */
export interface StartOptions {
  readonly db: Database;
  /** Default 127.0.0.1 (loopback only). */
  readonly host?: string | undefined;
  /** Default 0: any free port. */
  readonly port?: number | undefined;
  readonly log?: Logger | undefined;
  readonly now?: (() => Date) | undefined;
  readonly pseudonymKey?: string | undefined;
  /** Default 64 KiB. */
  readonly maxBodyBytes?: number | undefined;
  /** Which tokens to accept: issuer, audience and the identity provider's JWKS. */
  readonly auth: AuthConfig;
  /** Default 600 requests per identity per minute. */
  readonly rateLimit?: RateLimitConfig | undefined;
  /** Browser origins allowed by CORS. Default none. */
  readonly corsOrigins?: readonly string[] | undefined;
  /** Complaint deadlines and the feedback codebook; default `readVoiceConfig({})`. */
  readonly voice?: VoiceConfig | undefined;
  /** Tests only: more routes, e.g. one that skips every handler check to prove RLS alone holds. */
  readonly extraRoutes?: ((routes: Routes) => void) | undefined;
  /**
   * The load check's baseline only (scripts/bench-servers.ts): the same routes with no token
   * check, no row-level security and no audit. Nothing in the environment or main.ts sets it.
   */
  readonly access?: RouteAccess | undefined;
}

/** A running server. `close` stops accepting requests, then closes the database. */
export interface RunningServer {
  readonly url: string;
  readonly migrationsApplied: readonly string[];
  close(): Promise<void>;
}

// For the example only: a real deployment sets PSEUDONYM_KEY from its secrets store.
const DEMO_PSEUDONYM_KEY = "carer-service-api-demo-key-not-for-real-data";

/** Applies migrations, builds the app and listens. */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  const migrationsApplied = await migrate(options.db);
  const deps: AppDeps = {
    db: options.db,
    now: options.now ?? (() => new Date()),
    log: options.log ?? stdoutLogger,
    pseudonymKey: options.pseudonymKey ?? DEMO_PSEUDONYM_KEY,
    directory: loadDirectory(),
    maxBodyBytes: options.maxBodyBytes ?? 64 * 1024,
    uidDomain: "carer-service.example.org",
    verifyToken: createTokenVerifier(options.auth),
    rateLimit: options.rateLimit ?? { limit: 600, windowMs: 60_000 },
    corsOrigins: options.corsOrigins ?? [],
    voice: options.voice ?? readVoiceConfig({}),
  };
  const { app } = createApp(deps, {
    extraRoutes: options.extraRoutes,
    access: options.access,
  });
  const host = options.host ?? "127.0.0.1";
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port ?? 0, hostname: host }, () => {
      resolve(s);
    });
    s.once("error", reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    migrationsApplied,
    async close() {
      await new Promise<void>((resolve, reject) => {
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
        if ("closeAllConnections" in server) server.closeAllConnections();
      });
      await options.db.close();
    },
  };
}
