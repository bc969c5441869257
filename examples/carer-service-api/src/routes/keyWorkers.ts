import { checkDatesNotAfter, listCaseload } from "@carerkit/core";
import type { AppDeps } from "../app.ts";
import { STAFF } from "../auth/roles.ts";
import {
  nameKeyWorker,
  SELECT_ASSIGNMENTS,
  toAssignment,
  type AssignmentRow,
} from "../casework/keyWorkerAssignments.ts";
import { KeyWorkerBodySchema, WorkerIdSchema } from "../caseworkSchemas.ts";
import { parseWith, readJson } from "../http/body.ts";
import { invalid, Problem } from "../http/problem.ts";
import { param, requireCarer, todayOf } from "./people.ts";
import type { Routes } from "./registry.ts";

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
