// Reads the server's settings from the environment. Dev mode (AUTH_DEV_MODE=1) is off unless
// asked for: it trusts tokens signed by a key pair generated in the data directory.
import { DEFAULT_FEEDBACK_CODEBOOK, type ThemeCodebook } from "@carerkit/core";
import { UK_BANK_HOLIDAY_DIVISIONS, type UkBankHolidayDivision } from "@carerkit/scheduling";
import type { JSONWebKeySet } from "jose";
import { join } from "node:path";
import { devAuthConfig } from "./auth/devKeys.ts";
import type { Database } from "./db/database.ts";
import { openPglite } from "./db/pglite.ts";
import { openPostgres } from "./db/postgres.ts";
import type { AuthConfig } from "./auth/verifyToken.ts";

type Env = Readonly<Record<string, string | undefined>>;

const required = (env: Env, name: string): string => {
  const value = env[name];
  if (value === undefined || value === "") {
    throw new Error(`${name} is not set (or set AUTH_DEV_MODE=1 for local development)`);
  }
  return value;
};

/** Where dev-mode keys live: beside PGlite's data, never in the repository. */
export function devKeyDir(dataDir: string): string {
  return join(dataDir, "..", ".dev-auth");
}

/**
 * The token settings: `AUTH_ISSUER`, `AUTH_AUDIENCE` and `AUTH_JWKS_URL` (or `AUTH_JWKS`, the
 * JWKS document inline), or dev mode's own issuer and keys when `AUTH_DEV_MODE=1`.
 */
export async function readAuthConfig(env: Env, dataDir: string): Promise<AuthConfig> {
  if (env["AUTH_DEV_MODE"] === "1") return devAuthConfig(devKeyDir(dataDir));
  const inline = env["AUTH_JWKS"];
  return {
    issuer: required(env, "AUTH_ISSUER"),
    audience: required(env, "AUTH_AUDIENCE"),
    jwks:
      inline !== undefined && inline !== ""
        ? (JSON.parse(inline) as JSONWebKeySet)
        : new URL(required(env, "AUTH_JWKS_URL")),
    roleClaim: env["AUTH_ROLE_CLAIM"],
  };
}

/** `DATA_DIR`, or `.data/` in the example's folder: where PGlite keeps its files. */
export function readDataDir(env: Env): string {
  return env["DATA_DIR"] ?? new URL("../.data/", import.meta.url).pathname;
}

/** `DATABASE_POOL_SIZE`: most PostgreSQL connections at once (default 10). */
function readPoolSize(env: Env): number | undefined {
  const value = env["DATABASE_POOL_SIZE"];
  if (value === undefined || value === "") return undefined;
  const size = Number(value);
  if (!Number.isInteger(size) || size < 1 || size > 1000) {
    throw new Error("DATABASE_POOL_SIZE: expected a whole number from 1 to 1000");
  }
  return size;
}

/** PostgreSQL at `DATABASE_URL` (a pool) when set, otherwise PGlite in the data directory. */
export function openConfiguredDatabase(env: Env): Promise<Database> {
  const databaseUrl = env["DATABASE_URL"];
  return databaseUrl === undefined || databaseUrl === ""
    ? openPglite({ dataDir: readDataDir(env) })
    : openPostgres({ connectionString: databaseUrl, max: readPoolSize(env) });
}

/** How the service handles carers' feedback: complaint deadlines and the theme codebook. */
export interface VoiceConfig {
  /** Working days to acknowledge a complaint (regulation 13(2) of the 2009 regulations: 3). */
  readonly acknowledgeWithinWorkingDays: number;
  /** Working days to respond, a local standard; none unless set (an agreed date always wins). */
  readonly respondWithinWorkingDays?: number | undefined;
  /** Whose bank holidays are not working days. */
  readonly bankHolidays: UkBankHolidayDivision;
  /** The theme codebook feedback is coded with. */
  readonly codebook: ThemeCodebook;
}

/** A whole number of working days from 1 to 60 in `name`, or undefined when it is not set. */
function readWorkingDays(env: Env, name: string): number | undefined {
  const value = env[name];
  if (value === undefined || value === "") return undefined;
  const days = Number(value);
  if (!Number.isInteger(days) || days < 1 || days > 60) {
    throw new Error(`${name}: expected a whole number of working days from 1 to 60`);
  }
  return days;
}

/**
 * The carer-voice settings: `COMPLAINT_ACKNOWLEDGE_WORKING_DAYS` (default 3, the NHS and
 * local-authority complaints regulations), `COMPLAINT_RESPOND_WORKING_DAYS` (default none) and
 * `BANK_HOLIDAYS` (a GOV.UK division, default `england-and-wales`). The codebook is core's
 * `DEFAULT_FEEDBACK_CODEBOOK`.
 *
 * @example
 * readVoiceConfig({ COMPLAINT_ACKNOWLEDGE_WORKING_DAYS: "2" }).acknowledgeWithinWorkingDays; //=> 2
 */
export function readVoiceConfig(env: Env): VoiceConfig {
  const division = env["BANK_HOLIDAYS"] ?? "england-and-wales";
  if (!(UK_BANK_HOLIDAY_DIVISIONS as readonly string[]).includes(division)) {
    throw new Error(`BANK_HOLIDAYS: expected one of ${UK_BANK_HOLIDAY_DIVISIONS.join(", ")}`);
  }
  return {
    acknowledgeWithinWorkingDays: readWorkingDays(env, "COMPLAINT_ACKNOWLEDGE_WORKING_DAYS") ?? 3,
    respondWithinWorkingDays: readWorkingDays(env, "COMPLAINT_RESPOND_WORKING_DAYS"),
    bankHolidays: division as UkBankHolidayDivision,
    codebook: DEFAULT_FEEDBACK_CODEBOOK,
  };
}
