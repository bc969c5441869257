import type { AppDeps } from "../app.ts";
import { BreakGlassBodySchema } from "../caseworkSchemas.ts";
import { parseWith, readJson } from "../http/body.ts";
import { Problem } from "../http/problem.ts";
import { param } from "./people.ts";
import type { Routes } from "./registry.ts";

/** How long a break-glass grant lets its worker read the carer's records. */
const GRANT_HOURS = 4;

const isForeignKeyViolation = (error: unknown): boolean =>
  (error as { code?: unknown } | null)?.code === "23503";

/**
 * Break-glass access: a support worker not on a carer's caseload asks, with a reason, to read
 * the carer's records for four hours (row-level security honours the grant on reads only,
 * against the request time the API passes); coordinators review every grant. Audited with its
 * own purpose.
 */
export function addBreakGlassRoutes(routes: Routes, deps: AppDeps): void {
  routes.add(
    {
      method: "post",
      path: "/carers/:carerId/break-glass",
      operationId: "breakGlass",
      summary: `Read access to a carer off the caller's caseload for ${GRANT_HOURS} hours, with a reason; reads only, reviewed by coordinators.`,
      roles: ["support-worker"],
      purpose: "break_glass",
      body: BreakGlassBodySchema,
      success: { status: 201, description: "The grant: carer, worker and when it expires." },
      problems: [404, 422],
    },
    async (c, ctx) => {
      const carerId = param(c, "carerId");
      const { reason } = parseWith(BreakGlassBodySchema, await readJson(c));
      const grantedAt = deps.now();
      const expiresAt = new Date(grantedAt.getTime() + GRANT_HOURS * 3_600_000);
      await ctx.db
        .transaction(async (tx) => {
          await tx.query(
            `INSERT INTO break_glass_grants (carer_id, worker_id, reason, granted_at, expires_at)
             VALUES ($1, $2, $3, $4, $5)`,
            [
              carerId,
              ctx.identity.subject,
              reason,
              grantedAt.toISOString(),
              expiresAt.toISOString(),
            ],
          );
          await ctx.audit(tx, "create", carerId);
        })
        .catch((error: unknown) => {
          if (isForeignKeyViolation(error))
            throw new Problem("not-found", "There is no carer with this id.");
          throw error;
        });
      return c.json(
        {
          carerId,
          workerId: ctx.identity.subject,
          grantedAt: grantedAt.toISOString(),
          expiresAt: expiresAt.toISOString(),
        },
        201,
      );
    },
  );

  routes.add(
    {
      method: "get",
      path: "/break-glass",
      operationId: "listBreakGlassGrants",
      summary: "Every break-glass grant for review, newest first: carer, worker, reason, when.",
      roles: ["coordinator"],
      purpose: "audit_review",
      success: { status: 200, description: "The grants, and whether each is still active." },
      problems: [],
    },
    async (c, ctx) => {
      const now = deps.now().toISOString();
      const grants = await ctx.db.transaction(async (tx) => {
        const rows = await tx.query(
          `SELECT id::text AS id, carer_id AS "carerId", worker_id AS "workerId", reason,
                  to_char(granted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "grantedAt",
                  to_char(expires_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "expiresAt",
                  expires_at > $1::timestamptz AS active
             FROM break_glass_grants ORDER BY granted_at DESC, id DESC`,
          [now],
        );
        await ctx.audit(tx, "read_audit");
        return rows;
      });
      return c.json({ asOf: now, grants });
    },
  );
}
