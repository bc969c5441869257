/** A row as the driver returns it: column name → value. */
export type Row = Record<string, unknown>;

/** What every query runs on: the pool or one transaction's connection. */
export interface Queryable {
  /** Runs one parameterised statement and returns its rows. */
  query<T extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

/**
 * The database behind the API: embedded PGlite or a PostgreSQL server, with the same SQL.
 * `transaction` commits when `fn` resolves and rolls back when it throws, so a failed request
 * leaves no partial rows.
 */
export interface Database extends Queryable {
  /** `"pglite"` or `"postgres"`, for the start-up line. */
  readonly kind: "pglite" | "postgres";
  /** Runs `fn` in one transaction. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Closes the connection(s). */
  close(): Promise<void>;
}
