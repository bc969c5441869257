import { PGlite } from "@electric-sql/pglite";
import type { Database, Queryable, Row } from "./database.ts";

/** Where a PGlite database lives and, optionally, a data directory dump to start from. */
export interface PgliteOptions {
  /** A directory for the data files; in memory when left out. */
  readonly dataDir?: string | undefined;
  /** A `dumpDataDir()` tarball to initialise a new data directory from (tests use it). */
  readonly loadDataDir?: Blob | undefined;
}

/**
 * Opens embedded PostgreSQL (PGlite, WASM, shipped inside the npm package). PGlite is a single
 * connection: its `transaction` holds a lock, so transactions run one at a time.
 */
export async function openPglite(options: PgliteOptions = {}): Promise<Database> {
  const db = await PGlite.create({
    ...(options.dataDir === undefined ? {} : { dataDir: options.dataDir }),
    ...(options.loadDataDir === undefined ? {} : { loadDataDir: options.loadDataDir }),
  });
  const on = (q: Pick<PGlite, "query" | "exec">): Queryable => ({
    async query<T extends Row = Row>(sql: string, params: readonly unknown[] = []) {
      const result = await q.query<T>(sql, [...params]);
      return result.rows;
    },
    async exec(sql) {
      await q.exec(sql);
    },
  });
  return {
    kind: "pglite",
    ...on(db),
    transaction: (fn) => db.transaction((tx) => fn(on(tx))),
    close: () => db.close(),
  };
}
