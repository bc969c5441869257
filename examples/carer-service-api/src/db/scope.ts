import type { Identity } from "../auth/roles.ts";
import type { Queryable, Row } from "./database.ts";
import type { Database } from "./database.ts";

/** The role every request's statements run as (see migrations/0004_access_control.sql). */
export const APP_ROLE = "carer_api_app";

/** A database as one caller sees it: every statement runs under their row-level security. */
export interface ScopedDatabase extends Queryable {
  /** Runs `fn` in one transaction under the caller's role and subject. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
}

/**
 * Sets the caller's role and subject for the rest of the transaction (`set_config(…, true)` is
 * `SET LOCAL`), and switches to the unprivileged app role, whose rows are filtered by the
 * policies. Both end with the transaction, so a pooled connection never carries one caller's
 * identity into another's request. `readAt`, passed on reads only, is the request time against
 * which break-glass grants are checked (migrations/0009); without it none is honoured.
 */
export async function enterScope(tx: Queryable, identity: Identity, readAt?: Date): Promise<void> {
  await tx.query(
    `SELECT set_config('carerkit.role', $1, true), set_config('carerkit.subject', $2, true),
            set_config('carerkit.read_at', $4, true), set_config('role', $3, true)`,
    [identity.role, identity.subject, APP_ROLE, readAt?.toISOString() ?? ""],
  );
}

/** The database seen by one caller: each statement or transaction is run inside their scope. */
export function scopeDatabase(db: Database, identity: Identity, readAt?: Date): ScopedDatabase {
  const transaction = <T>(fn: (tx: Queryable) => Promise<T>): Promise<T> =>
    db.transaction(async (tx) => {
      await enterScope(tx, identity, readAt);
      return fn(tx);
    });
  return {
    transaction,
    query: <T extends Row = Row>(sql: string, params?: readonly unknown[]) =>
      transaction((tx) => tx.query<T>(sql, params)),
    exec: (sql) => transaction((tx) => tx.exec(sql)),
  };
}
