import { assignKeyWorker, type KeyWorkerAssignment } from "@carerkit/core";
import type { Queryable } from "../db/database.ts";
import { invalid } from "../http/problem.ts";

// Key worker assignments as stored (migrations/0009_casework.sql), shared by the key worker
// and caseload routes and PUT /carers/{id}/support-worker (registration opens its own in SQL),
// so that the caseload row-level security follows (carers.support_worker) and core's history
// never disagree.

/** The assignments as core reads them: dates as `YYYY-MM-DD`. */
export const SELECT_ASSIGNMENTS = `
  SELECT carer_id, worker_id, to_char(from_on, 'YYYY-MM-DD') AS from_on,
         to_char(until_on, 'YYYY-MM-DD') AS until_on
    FROM key_worker_assignments`;

/** A row of {@link SELECT_ASSIGNMENTS}. */
export interface AssignmentRow extends Record<string, unknown> {
  carer_id: string;
  worker_id: string;
  from_on: string;
  until_on: string | null;
}

/** A row as core's `KeyWorkerAssignment`. */
export const toAssignment = (r: AssignmentRow): KeyWorkerAssignment => ({
  carerId: r.carer_id,
  workerId: r.worker_id,
  from: r.from_on,
  ...(r.until_on === null ? {} : { until: r.until_on }),
});

/**
 * A carer's key worker assignments the caller may see (row-level security), earliest first.
 *
 * @example
 * const history = await keyWorkersOf(tx, "carer-1");
 */
export async function keyWorkersOf(tx: Queryable, carerId: string): Promise<KeyWorkerAssignment[]> {
  const rows = await tx.query<AssignmentRow>(
    `${SELECT_ASSIGNMENTS} WHERE carer_id = $1 ORDER BY from_on, id`,
    [carerId],
  );
  return rows.map(toAssignment);
}

/**
 * Names the carer's key worker from a day (core's `assignKeyWorker`: the open assignment ends
 * that day) and puts the carer on that worker's caseload (`carers.support_worker`, which
 * row-level security follows). The carer must be in the caller's scope.
 *
 * @example
 * await nameKeyWorker(tx, "carer-1", "sw-2", "2026-03-02");
 */
export async function nameKeyWorker(
  tx: Queryable,
  carerId: string,
  workerId: string,
  from: string,
): Promise<KeyWorkerAssignment[]> {
  const held = await keyWorkersOf(tx, carerId);
  const result = assignKeyWorker(held, { carerId, workerId, from });
  if (!result.success) throw invalid([result.error]);
  if (result.data.length > held.length) {
    await tx.query(
      "UPDATE key_worker_assignments SET until_on = $2 WHERE carer_id = $1 AND until_on IS NULL",
      [carerId, from],
    );
    await tx.query(
      "INSERT INTO key_worker_assignments (carer_id, worker_id, from_on) VALUES ($1, $2, $3)",
      [carerId, workerId, from],
    );
  }
  await tx.query("UPDATE carers SET support_worker = $2 WHERE id = $1", [carerId, workerId]);
  return result.data;
}

/**
 * Takes the carer off every caseload from a day: the open assignment ends (on its first day at
 * the earliest) and `carers.support_worker` is cleared.
 *
 * @example
 * await leaveCaseload(tx, "carer-1", "2026-03-02");
 */
export async function leaveCaseload(tx: Queryable, carerId: string, on: string): Promise<void> {
  await tx.query(
    `UPDATE key_worker_assignments SET until_on = greatest(from_on, $2::date)
      WHERE carer_id = $1 AND until_on IS NULL`,
    [carerId, on],
  );
  await tx.query("UPDATE carers SET support_worker = NULL WHERE id = $1", [carerId]);
}
