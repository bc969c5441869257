import type { Database } from "./db/database.ts";

/** How long closed records are kept before they are pseudonymised. */
export interface RetentionPolicy {
  /** Whole years after a record was closed (its status stopped being active). */
  readonly years: number;
}

/** The day `years` before `now` (UTC): records closed before it are due. */
export function retentionCutoff(now: Date, years: number): string {
  const cutoff = new Date(now.getTime());
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - years);
  return cutoff.toISOString().slice(0, 10);
}

/**
 * Pseudonymises every carer record closed before the cutoff, as erasure does, and appends an
 * audit row for each (actor `retention-command`, role `system`). Runs as the database owner, in
 * one transaction: either every due record is done, or none is.
 *
 * @returns The ids pseudonymised now.
 */
export async function applyRetention(
  db: Database,
  policy: RetentionPolicy,
  options: { readonly now: Date; readonly runId: string },
): Promise<string[]> {
  if (!Number.isInteger(policy.years) || policy.years < 1 || policy.years > 100) {
    throw new Error("retention years: expected a whole number from 1 to 100");
  }
  const at = options.now.toISOString();
  return db.transaction(async (tx) => {
    const rows = await tx.query<{ carer_id: string }>(
      "SELECT carer_id FROM pseudonymise_closed_before($1::date, $2::timestamptz)",
      [retentionCutoff(options.now, policy.years), at],
    );
    for (const { carer_id } of rows) {
      await tx.query(
        `INSERT INTO audit_events (at, actor, actor_role, action, subject_id, purpose, request_id, route)
         VALUES ($1, 'retention-command', 'system', 'retention_pseudonymise', $2, 'retention', $3, 'command:retention')`,
        [at, carer_id, options.runId],
      );
    }
    return rows.map((r) => r.carer_id);
  });
}
