import {
  checkDatesNotAfter,
  safeParseBreak,
  summariseBreaks,
  type CaringBreak,
} from "@carerkit/core";
import type { AppDeps } from "../app.ts";
import { STAFF } from "../auth/roles.ts";
import type { Queryable } from "../db/database.ts";
import { conflictOnDuplicate } from "../db/errors.ts";
import { readJson } from "../http/body.ts";
import { invalidField } from "../http/parts.ts";
import { invalid } from "../http/problem.ts";
import { BreakBodySchema } from "../schemas.ts";
import { param, readAboutCarer, requireCarer, todayOf } from "./people.ts";
import type { Routes } from "./registry.ts";

const BREAKS = "/carers/:carerId/breaks";

/** A carer's breaks the caller may see (row-level security), earliest first. */
export async function breaksOf(tx: Queryable, carerId: string): Promise<CaringBreak[]> {
  const rows = await tx.query<{ record: CaringBreak }>(
    "SELECT record FROM breaks WHERE carer_id = $1 ORDER BY record->>'startsOn', id",
    [carerId],
  );
  return rows.map((r) => r.record);
}

/**
 * Breaks from caring, planned, taken or cancelled: recorded by the carer or their staff, and
 * read back with core's `summariseBreaks` for the last 12 months. Every read and write is audited.
 */
export function addBreakRoutes(routes: Routes, deps: AppDeps): void {
  routes.add(
    {
      method: "post",
      path: BREAKS,
      operationId: "recordBreak",
      summary:
        "Record a break from caring (core's CaringBreak); a taken break cannot end after today.",
      roles: ["carer", ...STAFF],
      purpose: "direct_care",
      body: BreakBodySchema,
      success: { status: 201, description: "The break as stored." },
      problems: [404, 409, 422],
    },
    async (c, ctx) => {
      const carerId = param(c, "carerId");
      const parsed = safeParseBreak(await readJson(c));
      if (!parsed.success) throw invalid(parsed.error);
      const taken = parsed.data;
      if (taken.carerId !== carerId)
        throw invalidField(["carerId"], "reference_mismatch", "expected the carer's id in the URL");
      if (taken.status === "taken") {
        const late = checkDatesNotAfter(taken, ["startsOn", "endsOn"], todayOf(deps));
        if (late.length > 0) throw invalid(late);
      }
      await conflictOnDuplicate(
        () =>
          ctx.db.transaction(async (tx) => {
            await requireCarer(tx, carerId);
            await tx.query("INSERT INTO breaks (id, carer_id, record) VALUES ($1, $2, $3)", [
              taken.id,
              carerId,
              taken,
            ]);
            await ctx.audit(tx, "create", carerId);
          }),
        "A break with this id is already recorded.",
      );
      return c.json(taken, 201);
    },
  );

  routes.add(
    {
      method: "get",
      path: BREAKS,
      operationId: "listBreaks",
      summary:
        "The carer's breaks and their summary over the last 12 months (summariseBreaks: taken, planned, days, hours, by type).",
      roles: ["carer", ...STAFF],
      purpose: "direct_care",
      success: { status: 200, description: "The breaks, earliest first, and the summary." },
      problems: [404],
    },
    async (c, ctx) => {
      const carerId = param(c, "carerId");
      const breaks = await readAboutCarer(ctx, carerId, (tx) => breaksOf(tx, carerId));
      const summary = summariseBreaks(breaks, { asOf: todayOf(deps), carerIds: [carerId] });
      return c.json({ breaks, summary: summary.perCarer[0], window: summary.window });
    },
  );
}
