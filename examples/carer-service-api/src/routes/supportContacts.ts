import { checkDatesNotAfter, type SupportContact } from "@carerkit/core";
import type { AppDeps } from "../app.ts";
import { STAFF } from "../auth/roles.ts";
import { SupportContactBodySchema } from "../caseworkSchemas.ts";
import type { Queryable } from "../db/database.ts";
import { conflictOnDuplicate } from "../db/errors.ts";
import { parseWith, readJson } from "../http/body.ts";
import { invalidField } from "../http/parts.ts";
import { invalid } from "../http/problem.ts";
import { param, readAboutCarer, requireCarer, todayOf } from "./people.ts";
import type { Routes } from "./registry.ts";

const CONTACTS = "/carers/:carerId/support-contacts";

/**
 * A carer's support contacts the caller may see (row-level security), oldest first.
 *
 * @example
 * const contacts = await supportContactsOf(tx, "carer-1");
 */
export async function supportContactsOf(tx: Queryable, carerId: string): Promise<SupportContact[]> {
  const rows = await tx.query<{ record: SupportContact }>(
    "SELECT record FROM support_contacts WHERE carer_id = $1 ORDER BY record->>'date', id",
    [carerId],
  );
  return rows.map((r) => r.record);
}

/**
 * Support contacts (core's `SupportContact`): casework with a carer recorded by the staff member
 * who gave it, on a day no later than the request's. Staff only; every read and write is audited.
 */
export function addSupportContactRoutes(routes: Routes, deps: AppDeps): void {
  routes.add(
    {
      method: "post",
      path: CONTACTS,
      operationId: "recordSupportContact",
      summary:
        "Record a support contact with the carer (core's SupportContact: date, mode, kind, minutes), given by the caller; the date cannot be after today.",
      roles: STAFF,
      purpose: "direct_care",
      body: SupportContactBodySchema,
      success: { status: 201, description: "The contact as stored, with the caller as worker." },
      problems: [404, 409, 422],
    },
    async (c, ctx) => {
      const carerId = param(c, "carerId");
      const body = parseWith(SupportContactBodySchema, await readJson(c));
      if (body.carerId !== carerId)
        throw invalidField(["carerId"], "reference_mismatch", "expected the carer's id in the URL");
      const late = checkDatesNotAfter(body, ["date"], todayOf(deps));
      if (late.length > 0) throw invalid(late);
      const contact: SupportContact = { ...body, workerId: ctx.identity.subject };
      await conflictOnDuplicate(
        () =>
          ctx.db.transaction(async (tx) => {
            await requireCarer(tx, carerId);
            await tx.query(
              "INSERT INTO support_contacts (id, carer_id, worker_id, record) VALUES ($1, $2, $3, $4)",
              [contact.id, carerId, contact.workerId, contact],
            );
            await ctx.audit(tx, "create", carerId);
          }),
        "A support contact with this id is already recorded.",
      );
      return c.json(contact, 201);
    },
  );

  routes.add(
    {
      method: "get",
      path: CONTACTS,
      operationId: "listSupportContacts",
      summary: "The carer's support contacts, oldest first (their support worker, coordinators).",
      roles: STAFF,
      purpose: "direct_care",
      success: { status: 200, description: "The contacts." },
      problems: [404],
    },
    async (c, ctx) => {
      const carerId = param(c, "carerId");
      const contacts = await readAboutCarer(ctx, carerId, (tx) => supportContactsOf(tx, carerId));
      return c.json({ contacts });
    },
  );
}
