import {
  checkDatesNotAfter,
  safeParseOnwardReferral,
  scheduleReferralFollowUp,
  type OnwardReferral,
} from "@carerkit/core";
import type { AppDeps } from "../app.ts";
import { bankHolidayDates } from "../bankHolidays.ts";
import { STAFF } from "../auth/roles.ts";
import { OnwardReferralBodySchema, ReferralOutcomeBodySchema } from "../caseworkSchemas.ts";
import type { Queryable } from "../db/database.ts";
import { conflictOnDuplicate } from "../db/errors.ts";
import { parseWith, readJson } from "../http/body.ts";
import { invalidField } from "../http/parts.ts";
import { invalid, Problem } from "../http/problem.ts";
import { param, readAboutCarer, requireCarer, todayOf } from "./people.ts";
import type { Routes } from "./registry.ts";

const REFERRALS = "/carers/:carerId/onward-referrals";

/**
 * A carer's onward referrals the caller may see (row-level security), oldest first.
 *
 * @example
 * const referrals = await onwardReferralsOf(tx, "carer-1");
 */
export async function onwardReferralsOf(tx: Queryable, carerId: string): Promise<OnwardReferral[]> {
  const rows = await tx.query<{ record: OnwardReferral }>(
    "SELECT record FROM onward_referrals WHERE carer_id = $1 ORDER BY record->>'referredOn', id",
    [carerId],
  );
  return rows.map((r) => r.record);
}

/** The checked referral, or a 422 naming each field core refuses. */
function checked(referral: OnwardReferral): OnwardReferral {
  const parsed = safeParseOnwardReferral(referral);
  if (!parsed.success) throw invalid(parsed.error);
  return parsed.data;
}

/**
 * Onward referrals of a carer to a service offer in the directory (core's `OnwardReferral`):
 * made by the caller, with a follow-up booked five working days on (core's
 * `scheduleReferralFollowUp`, skipping the deployment's `BANK_HOLIDAYS`), and their outcome recorded once. Staff
 * only; every read and write is audited.
 */
export function addOnwardReferralRoutes(routes: Routes, deps: AppDeps): void {
  routes.add(
    {
      method: "post",
      path: REFERRALS,
      operationId: "recordOnwardReferral",
      summary:
        "Refer the carer on to a service offer in the directory, as the caller; a follow-up is booked 5 working days later (bank holidays skipped).",
      roles: STAFF,
      purpose: "direct_care",
      body: OnwardReferralBodySchema,
      success: { status: 201, description: "The referral as stored, with its follow-up date." },
      problems: [404, 409, 422],
    },
    async (c, ctx) => {
      const carerId = param(c, "carerId");
      const body = parseWith(OnwardReferralBodySchema, await readJson(c));
      if (body.carerId !== carerId)
        throw invalidField(["carerId"], "reference_mismatch", "expected the carer's id in the URL");
      if (!deps.directory.offers.some((o) => o.id === body.offerId))
        throw invalidField(
          ["offerId"],
          "unknown_offer",
          "expected the id of an offer in the directory",
        );
      const late = checkDatesNotAfter(body, ["referredOn"], todayOf(deps));
      if (late.length > 0) throw invalid(late);
      const made = checked({ ...body, workerId: ctx.identity.subject });
      const referral = scheduleReferralFollowUp(made, {
        holidays: bankHolidayDates(deps.voice.bankHolidays),
      });
      await conflictOnDuplicate(
        () =>
          ctx.db.transaction(async (tx) => {
            await requireCarer(tx, carerId);
            await tx.query(
              "INSERT INTO onward_referrals (id, carer_id, worker_id, record) VALUES ($1, $2, $3, $4)",
              [referral.id, carerId, referral.workerId, referral],
            );
            await ctx.audit(tx, "create", carerId);
          }),
        "An onward referral with this id is already recorded.",
      );
      return c.json(referral, 201);
    },
  );

  routes.add(
    {
      method: "get",
      path: REFERRALS,
      operationId: "listOnwardReferrals",
      summary:
        "The carer's onward referrals with their follow-ups and outcomes, oldest first (their support worker, coordinators).",
      roles: STAFF,
      purpose: "direct_care",
      success: { status: 200, description: "The onward referrals." },
      problems: [404],
    },
    async (c, ctx) => {
      const carerId = param(c, "carerId");
      const referrals = await readAboutCarer(ctx, carerId, (tx) => onwardReferralsOf(tx, carerId));
      return c.json({ referrals });
    },
  );

  routes.add(
    {
      method: "post",
      path: `${REFERRALS}/:referralId/outcome`,
      operationId: "recordOnwardReferralOutcome",
      summary:
        "Record what came of an onward referral (accepted, declined or no response) and when; an outcome is recorded once (409 after that).",
      roles: STAFF,
      purpose: "direct_care",
      body: ReferralOutcomeBodySchema,
      success: { status: 200, description: "The referral with its outcome." },
      problems: [404, 409, 422],
    },
    async (c, ctx) => {
      const carerId = param(c, "carerId");
      const body = parseWith(ReferralOutcomeBodySchema, await readJson(c));
      const late = checkDatesNotAfter(body, ["outcomeOn"], todayOf(deps));
      if (late.length > 0) throw invalid(late);
      const updated = await ctx.db.transaction(async (tx) => {
        const [row] = await tx.query<{ record: OnwardReferral }>(
          "SELECT record FROM onward_referrals WHERE id = $1 AND carer_id = $2 FOR UPDATE",
          [param(c, "referralId"), carerId],
        );
        if (row === undefined)
          throw new Problem("not-found", "There is no onward referral with this id.");
        if (row.record.outcome !== undefined)
          throw new Problem("conflict", "This referral's outcome is already recorded.");
        const next = checked({ ...row.record, ...body });
        await tx.query("UPDATE onward_referrals SET record = $2 WHERE id = $1", [next.id, next]);
        await ctx.audit(tx, "update", carerId);
        return next;
      });
      return c.json(updated);
    },
  );
}
