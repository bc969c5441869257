import {
  checkDatesNotAfter,
  getReferralStatus,
  safeParseReferral,
  transitionReferral,
  type Referral,
} from "@carerkit/core";
import { summarisePathwayFunnel } from "@carerkit/evaluation";
import type { AppDeps } from "../app.ts";
import { STAFF } from "../auth/roles.ts";
import type { Queryable } from "../db/database.ts";
import { conflictOnDuplicate } from "../db/errors.ts";
import { parseWith, readJson } from "../http/body.ts";
import { invalidField } from "../http/parts.ts";
import { fromIssues, invalid, Problem } from "../http/problem.ts";
import { ReferralBodySchema, ReferralMoveBodySchema } from "../schemas.ts";
import { param, readAboutCarer, requireCarer, todayOf } from "./people.ts";
import type { Routes } from "./registry.ts";

const NOT_FOUND = "There is no referral with this id.";

/** A referral with its history rebuilt from its appended steps, in order. */
const SELECT_REFERRAL = `
  SELECT r.carer_id, r.record || jsonb_build_object('history', coalesce(
           (SELECT jsonb_agg(t.step ORDER BY t.position) FROM referral_transitions t
             WHERE t.referral_id = r.id), '[]'::jsonb)) AS record
    FROM referrals r`;

interface ReferralRow extends Record<string, unknown> {
  carer_id: string;
  record: Referral;
}

/** A referral as the API returns it: the record and where it stands now. */
const present = (referral: Referral) => ({ referral, status: getReferralStatus(referral) });

/** A carer's referrals the caller may see (row-level security), oldest first, with their history. */
export async function referralsOf(tx: Queryable, carerId: string): Promise<Referral[]> {
  const rows = await tx.query<ReferralRow>(
    `${SELECT_REFERRAL} WHERE r.carer_id = $1 ORDER BY r.record->>'receivedAt', r.id`,
    [carerId],
  );
  return rows.map((r) => r.record);
}

/** One referral the caller may see (row-level security), or 404. */
async function loadReferral(tx: Queryable, id: string): Promise<ReferralRow> {
  const [row] = await tx.query<ReferralRow>(`${SELECT_REFERRAL} WHERE r.id = $1`, [id]);
  if (row === undefined) throw new Problem("not-found", NOT_FOUND);
  return row;
}

/**
 * Referrals of carers to the service and their lifecycle (core's `transitionReferral`): staff
 * record and move them; a carer may read their own; coordinators and analysts read the
 * suppressed funnel. Every read and write is audited.
 */
export function addReferralRoutes(routes: Routes, deps: AppDeps): void {
  routes.add(
    {
      method: "post",
      path: "/carers/:carerId/referrals",
      operationId: "recordReferral",
      summary:
        "Record a referral of the carer as received (core's Referral, with an empty history; later steps are transitions).",
      roles: STAFF,
      purpose: "direct_care",
      body: ReferralBodySchema,
      success: { status: 201, description: "The referral as stored, and its status." },
      problems: [404, 409, 422],
    },
    async (c, ctx) => {
      const carerId = param(c, "carerId");
      const parsed = safeParseReferral(await readJson(c));
      if (!parsed.success) throw invalid(parsed.error);
      const referral = { ...parsed.data, carerId };
      if (parsed.data.carerId !== undefined && parsed.data.carerId !== carerId)
        throw invalidField(["carerId"], "reference_mismatch", "expected the carer's id in the URL");
      if (referral.history.length > 0)
        throw invalidField(["history"], "not_initial", "expected []; later steps are transitions");
      const late = checkDatesNotAfter(referral, ["receivedAt"], todayOf(deps));
      if (late.length > 0) throw invalid(late);
      await conflictOnDuplicate(
        () =>
          ctx.db.transaction(async (tx) => {
            await requireCarer(tx, carerId);
            await tx.query("INSERT INTO referrals (id, carer_id, record) VALUES ($1, $2, $3)", [
              referral.id,
              carerId,
              referral,
            ]);
            await ctx.audit(tx, "create", carerId);
          }),
        "A referral with this id is already recorded.",
      );
      c.header("location", `/referrals/${encodeURIComponent(referral.id)}`);
      return c.json(present(referral), 201);
    },
  );

  routes.add(
    {
      method: "get",
      path: "/carers/:carerId/referrals",
      operationId: "listReferrals",
      summary: "The carer's referrals, each with its history and status (the carer, their staff).",
      roles: ["carer", ...STAFF],
      purpose: "direct_care",
      success: { status: 200, description: "The referrals, oldest first." },
      problems: [404],
    },
    async (c, ctx) => {
      const carerId = param(c, "carerId");
      const rows = await readAboutCarer(ctx, carerId, (tx) => referralsOf(tx, carerId));
      return c.json({ referrals: rows.map(present) });
    },
  );

  routes.add(
    {
      method: "get",
      path: "/referrals/:referralId",
      operationId: "getReferral",
      summary: "One referral with its history and status, or 404 when it is not the caller's.",
      roles: ["carer", ...STAFF],
      purpose: "direct_care",
      success: { status: 200, description: "The referral and its status." },
      problems: [404],
    },
    async (c, ctx) => {
      const row = await ctx.db.transaction(async (tx) => {
        const found = await loadReferral(tx, param(c, "referralId"));
        await ctx.audit(tx, "read", found.carer_id);
        return found;
      });
      return c.json(present(row.record));
    },
  );

  routes.add(
    {
      method: "post",
      path: "/referrals/:referralId/transitions",
      operationId: "moveReferral",
      summary:
        "Move a referral one step along its lifecycle (transitionReferral), recorded as by the caller; an illegal move is a 409 naming it.",
      roles: STAFF,
      purpose: "direct_care",
      body: ReferralMoveBodySchema,
      success: { status: 200, description: "The referral after the move, and its status." },
      problems: [404, 409, 422],
    },
    async (c, ctx) => {
      const body = parseWith(ReferralMoveBodySchema, await readJson(c));
      const late = checkDatesNotAfter(body, ["at"], todayOf(deps));
      if (late.length > 0) throw invalid(late);
      const moved = await conflictOnDuplicate(
        () =>
          ctx.db.transaction(async (tx) => {
            const { carer_id: carerId, record } = await loadReferral(tx, param(c, "referralId"));
            const step = { ...body, by: ctx.identity.subject };
            const result = transitionReferral(record, step);
            if (!result.success) {
              const issue = result.error;
              if (issue.code === "illegal_transition")
                throw new Problem(
                  "conflict",
                  `A referral cannot move from "${issue.from}" to "${issue.to}"; see errors.`,
                  fromIssues([issue]),
                );
              throw invalid([issue]);
            }
            await tx.query(
              `INSERT INTO referral_transitions (referral_id, carer_id, position, step)
               VALUES ($1, $2, $3, $4)`,
              [record.id, carerId, record.history.length, step],
            );
            await ctx.audit(tx, "update", carerId);
            return result.data;
          }),
        "The referral moved on while this step was recorded; read it again.",
      );
      return c.json(present(moved));
    },
  );

  routes.add(
    {
      method: "get",
      path: "/pathway/funnel",
      operationId: "getPathwayFunnel",
      summary:
        "The commissioner's pathway funnel (summarisePathwayFunnel): counts reaching each stage, conversion and days between stages, by referral source and month, with small-number suppression (NHS Digital 2018). No identifiers and no free text.",
      roles: ["coordinator", "analyst"],
      purpose: "service_evaluation",
      success: { status: 200, description: "The protected funnel." },
      problems: [],
    },
    async (c, ctx) => {
      const referrals = await ctx.db.transaction(async (tx) => {
        // Rows about people were read to build the aggregates: recorded, with no subject.
        const rows = await tx.query<{ referral: Referral }>(
          "SELECT pathway_referrals() AS referral",
        );
        await ctx.audit(tx, "read");
        return rows.map((r) => r.referral);
      });
      return c.json(summarisePathwayFunnel(referrals, { asOf: deps.now().toISOString() }));
    },
  );
}
