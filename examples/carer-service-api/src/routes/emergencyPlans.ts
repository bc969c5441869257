import {
  checkDatesNotAfter,
  checkEmergencyPlanCompleteness,
  listOverdueEmergencyPlans,
  safeParseEmergencyPlan,
  shareEmergencyPlan,
  type Consent,
  type EmergencyPlan,
} from "@carerkit/core";
import type { AppDeps } from "../app.ts";
import { STAFF } from "../auth/roles.ts";
import type { Queryable } from "../db/database.ts";
import { conflictOnDuplicate } from "../db/errors.ts";
import { readJson } from "../http/body.ts";
import { invalidField } from "../http/parts.ts";
import { invalid, Problem } from "../http/problem.ts";
import { EmergencyPlanBodySchema } from "../schemas.ts";
import { param, readAboutCarer, requireCarer, todayOf } from "./people.ts";
import type { Routes } from "./registry.ts";

const PLAN = "/carers/:carerId/emergency-plan";
const NOT_FOUND = "There is no emergency plan for this carer.";

/**
 * The carer's plan, as far as the caller may see it (row-level security), or null.
 *
 * @example
 * const plan = await planOf(tx, "carer-1"); // null when there is none
 */
export async function planOf(tx: Queryable, carerId: string): Promise<EmergencyPlan | null> {
  const [row] = await tx.query<{ record: EmergencyPlan }>(
    "SELECT record FROM emergency_plans WHERE carer_id = $1",
    [carerId],
  );
  return row?.record ?? null;
}

/** The carer's plan, or 404. */
async function loadPlan(tx: Queryable, carerId: string): Promise<EmergencyPlan> {
  const plan = await planOf(tx, carerId);
  if (plan === null) throw new Problem("not-found", NOT_FOUND);
  return plan;
}

/** The plan with what it still lacks (core's completeness check) and whether its review is due. */
function present(plan: EmergencyPlan, asOf: string) {
  const [overdue] = listOverdueEmergencyPlans([plan], asOf);
  return {
    plan,
    completeness: checkEmergencyPlanCompleteness(plan),
    review: {
      reviewOn: plan.reviewOn,
      overdue: overdue !== undefined,
      daysOverdue: overdue?.daysOverdue ?? 0,
    },
    asOf,
  };
}

/**
 * A carer's emergency (contingency) plan: written by the carer or their staff, read back with its
 * completeness and review status, and shared with a care circle member only when consent allows
 * (core's `shareEmergencyPlan`, which asks `canShare`). Every read and write is audited.
 */
export function addEmergencyPlanRoutes(routes: Routes, deps: AppDeps): void {
  routes.add(
    {
      method: "put",
      path: PLAN,
      operationId: "putEmergencyPlan",
      summary:
        "Write the carer's emergency plan (core's EmergencyPlan), replacing any earlier one; the cared-for person must be one this carer cares for.",
      roles: ["carer", ...STAFF],
      purpose: "direct_care",
      body: EmergencyPlanBodySchema,
      success: {
        status: 200,
        description: "The plan, what it still lacks and whether it is past its review date.",
      },
      problems: [404, 409, 422],
    },
    async (c, ctx) => {
      const carerId = param(c, "carerId");
      const parsed = safeParseEmergencyPlan(await readJson(c));
      if (!parsed.success) throw invalid(parsed.error);
      const plan = parsed.data;
      if (plan.carerId !== carerId)
        throw invalidField(["carerId"], "reference_mismatch", "expected the carer's id in the URL");
      const today = todayOf(deps);
      const late = checkDatesNotAfter(plan, ["updatedOn"], today);
      if (late.length > 0) throw invalid(late);
      await conflictOnDuplicate(
        () =>
          ctx.db.transaction(async (tx) => {
            await requireCarer(tx, carerId);
            const cares = await tx.query(
              "SELECT 1 FROM caring_relationships WHERE carer_id = $1 AND cared_for_id = $2",
              [carerId, plan.caredForId],
            );
            if (cares.length === 0)
              throw invalidField(
                ["caredForId"],
                "unknown_subject",
                "expected the id of a person this carer cares for",
              );
            await tx.query(
              `INSERT INTO emergency_plans (carer_id, id, review_on, record) VALUES ($1, $2, $3, $4)
               ON CONFLICT (carer_id) DO UPDATE
                 SET id = EXCLUDED.id, review_on = EXCLUDED.review_on, record = EXCLUDED.record`,
              [carerId, plan.id, plan.reviewOn, plan],
            );
            await ctx.audit(tx, "update", carerId);
          }),
        "Another carer's emergency plan already has this id.",
      );
      return c.json(present(plan, today));
    },
  );

  routes.add(
    {
      method: "get",
      path: PLAN,
      operationId: "getEmergencyPlan",
      summary:
        "The carer's emergency plan, what it still lacks (checkEmergencyPlanCompleteness) and whether it is past its review date today.",
      roles: ["carer", ...STAFF],
      purpose: "direct_care",
      success: {
        status: 200,
        description: "The plan, its gaps and its review status as of today.",
      },
      problems: [404],
    },
    async (c, ctx) => {
      const carerId = param(c, "carerId");
      const plan = await readAboutCarer(ctx, carerId, (tx) => loadPlan(tx, carerId));
      return c.json(present(plan, todayOf(deps)));
    },
  );

  routes.add(
    {
      method: "get",
      path: `${PLAN}/shared-with-me`,
      operationId: "getSharedEmergencyPlan",
      summary:
        "The carer's emergency plan for the calling care circle member, only when the cared-for person's and the carer's consents allow it now (shareEmergencyPlan, through canShare); 404 otherwise.",
      roles: ["circle-member"],
      purpose: "care_circle_sharing",
      success: { status: 200, description: "The plan." },
      problems: [404],
    },
    async (c, ctx) => {
      const carerId = param(c, "carerId");
      const asOf = deps.now().toISOString();
      const plan = await ctx.db.transaction(async (tx) => {
        await requireCarer(tx, carerId);
        const found = await loadPlan(tx, carerId);
        const consents = await tx.query<{ record: Consent }>(
          "SELECT record FROM consents WHERE subject_id = ANY ($1::text[]) ORDER BY recorded_at, id",
          [[found.carerId, found.caredForId]],
        );
        const shared = shareEmergencyPlan(
          found,
          consents.map((r) => r.record),
          { recipientId: ctx.identity.subject, asOf },
        );
        // Not shared answers as absent: a member learns nothing from a plan consent does not cover.
        if (!shared.success) throw new Problem("not-found", NOT_FOUND);
        await ctx.audit(tx, "share", carerId);
        return shared.data;
      });
      return c.json({ plan, asOf });
    },
  );
}
