import pg from "pg";
import type { Database, Queryable, Row } from "./database.ts";

/** How to reach a PostgreSQL server. */
export interface PostgresOptions {
  /** `postgres://user:password@host:port/database`. */
  readonly connectionString: string;
  /** A schema to work in (created if missing); tests use one per server. Default `public`. */
  readonly schema?: string | undefined;
  /** Most connections at once. Default 10. */
  readonly max?: number | undefined;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Connects to a PostgreSQL server through a `pg` pool. */
export async function openPostgres(options: PostgresOptions): Promise<Database> {
  const schema = options.schema ?? "public";
  if (!SCHEMA_NAME.test(schema)) throw new Error("schema: expected a lower-case SQL identifier");
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.max ?? 10,
    options: `-c search_path=${schema}`,
  });
  // Errors on idle clients (a server restart) must not crash the process; queries will fail
  // and be answered with 500s instead.
  pool.on("error", () => undefined);
  const on = (client: pg.Pool | pg.PoolClient): Queryable => ({
    async query<T extends Row = Row>(sql: string, params: readonly unknown[] = []) {
      const result = await client.query<T>(sql, [...params]);
      return result.rows;
    },
    async exec(sql) {
      await client.query(sql);
    },
  });
  if (schema !== "public") await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  return {
    kind: "postgres",
    ...on(pool),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await fn(on(client));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
