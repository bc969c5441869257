import {
  assignKeyWorker,
  checkDatesNotAfter,
  listCaseload,
  type KeyWorkerAssignment,
} from "@carerkit/core";
import type { AppDeps } from "../app.ts";
import { STAFF } from "../auth/roles.ts";
import { KeyWorkerBodySchema, WorkerIdSchema } from "../caseworkSchemas.ts";
import type { Queryable } from "../db/database.ts";
import { parseWith, readJson } from "../http/body.ts";
import { invalid, Problem } from "../http/problem.ts";
import { param, requireCarer, todayOf } from "./people.ts";
import type { Routes } from "./registry.ts";

const SELECT_ASSIGNMENTS = `
  SELECT carer_id, worker_id, to_char(from_on, 'YYYY-MM-DD') AS from_on,
         to_char(until_on, 'YYYY-MM-DD') AS until_on
    FROM key_worker_assignments`;

interface AssignmentRow extends Record<string, unknown> {
  carer_id: string;
  worker_id: string;
  from_on: string;
  until_on: string | null;
}

const toAssignment = (r: AssignmentRow): KeyWorkerAssignment => ({
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

/**
 * Key workers and caseloads: a coordinator names a carer's key worker (which moves the carer to
 * that worker's caseload); a support worker reads their own caseload, a coordinator anyone's.
 * Every call is audited.
 */
export function addKeyWorkerRoutes(routes: Routes, deps: AppDeps): void {
  routes.add(
    {
      method: "put",
      path: "/carers/:carerId/key-worker",
      operationId: "assignKeyWorker",
      summary:
        "Name the carer's key worker from a day (default today; not later): the open assignment ends that day and the carer moves to the worker's caseload.",
      roles: ["coordinator"],
      purpose: "direct_care",
      body: KeyWorkerBodySchema,
      success: { status: 200, description: "The carer's key worker assignments, earliest first." },
      problems: [404, 422],
    },
    async (c, ctx) => {
      const carerId = param(c, "carerId");
      const today = todayOf(deps);
      const { workerId, from = today } = parseWith(KeyWorkerBodySchema, await readJson(c));
      const late = checkDatesNotAfter({ from }, ["from"], today);
      if (late.length > 0) throw invalid(late);
      const assignments = await ctx.db.transaction(async (tx) => {
        await requireCarer(tx, carerId);
        const named = await nameKeyWorker(tx, carerId, workerId, from);
        await ctx.audit(tx, "update", carerId);
        return named;
      });
      return c.json({ carerId, keyWorker: workerId, assignments });
    },
  );

  routes.add(
    {
      method: "get",
      path: "/caseload",
      operationId: "getCaseload",
      summary:
        "Caseloads today (core's listCaseload): a support worker's own; a coordinator's pick of one worker, or every worker's.",
      roles: STAFF,
      purpose: "direct_care",
      query: { worker: "A worker's id (coordinators; a support worker may name only themselves)." },
      success: { status: 200, description: "Each worker's carers, by carer id." },
      problems: [422],
    },
    async (c, ctx) => {
      const query = c.req.query("worker");
      const asked = query === undefined ? undefined : parseWith(WorkerIdSchema, query, ["worker"]);
      const own = ctx.identity.role === "support-worker" ? ctx.identity.subject : undefined;
      if (own !== undefined && asked !== undefined && asked !== own)
        throw new Problem("forbidden", "A support worker may read only their own caseload.");
      const worker = own ?? asked;
      const asOf = todayOf(deps);
      const assignments = await ctx.db.transaction(async (tx) => {
        const rows = await tx.query<AssignmentRow>(
          `${SELECT_ASSIGNMENTS} WHERE ($1::text IS NULL OR worker_id = $1) ORDER BY worker_id, id`,
          [worker ?? null],
        );
        // Carer ids were read: recorded, with no single subject.
        await ctx.audit(tx, "read");
        return rows.map(toAssignment);
      });
      const workers =
        worker === undefined ? [...new Set(assignments.map((a) => a.workerId))] : [worker];
      const caseloads = workers
        .map((workerId) => ({ workerId, carerIds: listCaseload(assignments, workerId, asOf) }))
        .filter((w) => w.workerId === worker || w.carerIds.length > 0);
      return c.json({ asOf, caseloads });
    },
  );
}
