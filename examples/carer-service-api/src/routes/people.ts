import {
  canShare,
  safeParseCaredForPerson,
  safeParseCareCircle,
  safeParseCarer,
  safeParseCaringRelationship,
  safeParseConsent,
  type CareCircle,
  type CaredForPerson,
  type Carer,
  type Consent,
  type InformationCategory,
} from "@carerkit/core";
import type { Context } from "hono";
import type { AppDeps } from "../app.ts";
import type { Queryable } from "../db/database.ts";
import { isUniqueViolation } from "../db/errors.ts";
import { parseWith, readJson } from "../http/body.ts";
import { invalidField, parseParts } from "../http/parts.ts";
import { invalid, Problem } from "../http/problem.ts";
import {
  CategoriesSchema,
  CircleBodySchema,
  ConsentBodySchema,
  RegistrationSchema,
  WithdrawalSchema,
} from "../schemas.ts";
import type { Routes } from "./registry.ts";

/** Reads a path parameter that the route template guarantees. */
export function param(c: Context, name: string): string {
  return c.req.param(name) ?? "";
}

/** Loads a carer or answers 404. */
export async function loadCarer(q: Queryable, id: string): Promise<Carer> {
  const [row] = await q.query<{ record: Carer }>("SELECT record FROM carers WHERE id = $1", [id]);
  if (row === undefined) throw new Problem("not-found", "There is no carer with this id.");
  return row.record;
}

/** Whether a carer exists. */
export async function carerExists(q: Queryable, id: string): Promise<boolean> {
  const rows = await q.query("SELECT 1 FROM carers WHERE id = $1", [id]);
  return rows.length > 0;
}

async function subjectKind(q: Queryable, id: string): Promise<"carer" | "cared_for" | undefined> {
  const rows = await q.query<{ kind: "carer" | "cared_for" }>(
    `SELECT 'carer' AS kind FROM carers WHERE id = $1
     UNION ALL SELECT 'cared_for' AS kind FROM cared_for_people WHERE id = $1`,
    [id],
  );
  return rows[0]?.kind;
}

async function loadConsents(q: Queryable, subjectId: string): Promise<Consent[]> {
  const rows = await q.query<{ record: Consent }>(
    "SELECT record FROM consents WHERE subject_id = $1 ORDER BY recorded_at, id",
    [subjectId],
  );
  return rows.map((r) => r.record);
}

const REGISTRATION_PARTS = {
  carer: safeParseCarer,
  caredFor: safeParseCaredForPerson,
  relationship: safeParseCaringRelationship,
};

type Held = Partial<Record<InformationCategory, () => Promise<unknown>>>;

/** What this service holds about a subject, per information category. */
function heldAbout(
  q: Queryable,
  subject: { kind: "carer"; record: Carer } | { kind: "cared_for"; record: CaredForPerson },
): Held {
  if (subject.kind === "cared_for") {
    const person = subject.record;
    return {
      about_me: () => Promise.resolve(person.aboutMe ?? {}),
      conditions: () => Promise.resolve(person.conditions),
    };
  }
  const carer = subject.record;
  return {
    contact_details: () => Promise.resolve(carer.contact ?? {}),
    assessments: async () =>
      (
        await q.query<{ instrument_id: string; assessed_on: string; total: string; band: unknown }>(
          `SELECT instrument_id, to_char(assessed_on, 'YYYY-MM-DD') AS assessed_on,
                  total::text AS total, score->'band'->>'label' AS band
             FROM assessments WHERE carer_id = $1 ORDER BY assessed_on, id`,
          [carer.id],
        )
      ).map((r) => ({
        instrumentId: r.instrument_id,
        assessedOn: r.assessed_on,
        total: Number(r.total),
        band: r.band,
      })),
    appointments: async () =>
      (
        await q.query<{ programme_id: string; sessions: unknown }>(
          `SELECT p.id AS programme_id, p.record->'sessions' AS sessions
             FROM enrolments e JOIN programmes p ON p.id = e.programme_id
            WHERE e.carer_id = $1 AND e.status = 'enrolled' ORDER BY p.id`,
          [carer.id],
        )
      ).flatMap((r) =>
        (r.sessions as { date: string; startTime: string; venue?: string; status: string }[])
          .filter((s) => s.status === "scheduled")
          .map((s) => ({
            programmeId: r.programme_id,
            date: s.date,
            startTime: s.startTime,
            venue: s.venue,
          })),
      ),
  };
}

/** Registration, consent, the care circle and the consent-checked view for circle members. */
export function addPeopleRoutes(routes: Routes, deps: AppDeps): void {
  const { db } = deps;

  routes.add(
    {
      method: "post",
      path: "/carers",
      operationId: "registerCarer",
      summary:
        "Register a carer, the person they care for and the caring relationship, in one transaction.",
      body: RegistrationSchema,
      success: {
        status: 201,
        description: "The carer, cared-for person and relationship as stored (normalised).",
      },
      problems: [409, 422],
    },
    async (c) => {
      const { carer, caredFor, relationship } = parseParts(await readJson(c), REGISTRATION_PARTS);
      const mismatches = [
        relationship.carerId === carer.id ? undefined : "carerId",
        relationship.caredForId === caredFor.id ? undefined : "caredForId",
      ].filter((f) => f !== undefined);
      if (mismatches.length > 0) {
        throw invalid(
          mismatches.map((f) => ({
            code: "reference_mismatch",
            message: `${f}: expected the id of the ${f === "carerId" ? "carer" : "cared-for person"} in this request`,
            path: [f],
          })),
          ["relationship"],
        );
      }
      try {
        await db.transaction(async (tx) => {
          await tx.query("INSERT INTO carers (id, record) VALUES ($1, $2)", [carer.id, carer]);
          await tx.query("INSERT INTO cared_for_people (id, record) VALUES ($1, $2)", [
            caredFor.id,
            caredFor,
          ]);
          await tx.query(
            "INSERT INTO caring_relationships (id, carer_id, cared_for_id, record) VALUES ($1, $2, $3, $4)",
            [relationship.id, carer.id, caredFor.id, relationship],
          );
        });
      } catch (error) {
        if (isUniqueViolation(error)) {
          throw new Problem(
            "conflict",
            "A carer, cared-for person or relationship with one of these ids is already registered; nothing was saved.",
          );
        }
        throw error;
      }
      c.header("location", `/carers/${encodeURIComponent(carer.id)}`);
      return c.json({ carer, caredFor, relationship }, 201);
    },
  );

  routes.add(
    {
      method: "get",
      path: "/carers/:carerId",
      operationId: "getCarer",
      summary: "A carer's record with their caring relationships (for the service's own staff).",
      success: { status: 200, description: "The carer and their relationships." },
      problems: [404],
    },
    async (c) => {
      const carer = await loadCarer(db, param(c, "carerId"));
      const relationships = await db.query<{ record: unknown }>(
        "SELECT record FROM caring_relationships WHERE carer_id = $1 ORDER BY id",
        [carer.id],
      );
      return c.json({ carer, relationships: relationships.map((r) => r.record) });
    },
  );

  routes.add(
    {
      method: "post",
      path: "/consents",
      operationId: "recordConsent",
      summary: "Record a consent given by a carer or cared-for person.",
      body: ConsentBodySchema,
      success: { status: 201, description: "The consent as stored." },
      problems: [409, 422],
    },
    async (c) => {
      const parsed = safeParseConsent(await readJson(c));
      if (!parsed.success) throw invalid(parsed.error);
      const consent = parsed.data;
      if ((await subjectKind(db, consent.subjectId)) === undefined) {
        throw invalidField(
          ["subjectId"],
          "unknown_subject",
          "expected the id of a registered carer or cared-for person",
        );
      }
      try {
        await db.query("INSERT INTO consents (id, subject_id, record) VALUES ($1, $2, $3)", [
          consent.id,
          consent.subjectId,
          consent,
        ]);
      } catch (error) {
        if (isUniqueViolation(error))
          throw new Problem("conflict", "A consent with this id is already recorded.");
        throw error;
      }
      return c.json(consent, 201);
    },
  );

  routes.add(
    {
      method: "post",
      path: "/consents/:consentId/withdrawal",
      operationId: "withdrawConsent",
      summary: "Withdraw a consent from an instant; the record is kept as evidence.",
      body: WithdrawalSchema,
      success: { status: 200, description: "The consent with its withdrawal." },
      problems: [404, 409, 422],
    },
    async (c) => {
      const { withdrawnAt } = parseWith(WithdrawalSchema, await readJson(c));
      const consent = await db.transaction(async (tx) => {
        const [row] = await tx.query<{ record: Consent }>(
          "SELECT record FROM consents WHERE id = $1 FOR UPDATE",
          [param(c, "consentId")],
        );
        if (row === undefined) throw new Problem("not-found", "There is no consent with this id.");
        if (row.record.withdrawnAt !== undefined)
          throw new Problem("conflict", "This consent is already withdrawn.");
        const checked = safeParseConsent({ ...row.record, withdrawnAt });
        if (!checked.success) throw invalid(checked.error);
        await tx.query("UPDATE consents SET record = $2 WHERE id = $1", [
          row.record.id,
          checked.data,
        ]);
        return checked.data;
      });
      return c.json(consent);
    },
  );

  routes.add(
    {
      method: "put",
      path: "/cared-for/:caredForId/circle",
      operationId: "putCareCircle",
      summary: "Record (or replace) the care circle around a cared-for person.",
      body: CircleBodySchema,
      success: { status: 200, description: "The care circle as stored." },
      problems: [404, 409, 422],
    },
    async (c) => {
      const caredForId = param(c, "caredForId");
      const parsed = safeParseCareCircle(await readJson(c));
      if (!parsed.success) throw invalid(parsed.error);
      const circle = parsed.data;
      if (circle.caredForId !== caredForId) {
        throw invalidField(
          ["caredForId"],
          "reference_mismatch",
          "expected the cared-for person's id in the URL",
        );
      }
      const exists = await db.query("SELECT 1 FROM cared_for_people WHERE id = $1", [caredForId]);
      if (exists.length === 0)
        throw new Problem("not-found", "There is no cared-for person with this id.");
      try {
        await db.query(
          `INSERT INTO care_circles (cared_for_id, id, record) VALUES ($1, $2, $3)
           ON CONFLICT (cared_for_id) DO UPDATE SET id = EXCLUDED.id, record = EXCLUDED.record`,
          [caredForId, circle.id, circle],
        );
      } catch (error) {
        if (isUniqueViolation(error))
          throw new Problem("conflict", "Another circle already has this id.");
        throw error;
      }
      return c.json(circle);
    },
  );

  routes.add(
    {
      method: "get",
      path: "/people/:subjectId/shared-with/:memberId",
      operationId: "getSharedView",
      summary:
        "What a care circle member may see about a carer or cared-for person: only categories in the member's mayView AND covered by a live consent now.",
      query: {
        categories: "Comma-separated information categories; default: all the member may view.",
      },
      success: {
        status: 200,
        description: "The shared categories and, for each withheld one, why.",
      },
      problems: [404, 422],
    },
    async (c) => {
      const subjectId = param(c, "subjectId");
      const memberId = param(c, "memberId");
      const kind = await subjectKind(db, subjectId);
      if (kind === undefined)
        throw new Problem("not-found", "There is no carer or cared-for person with this id.");
      const subject =
        kind === "carer"
          ? { kind, record: await loadCarer(db, subjectId) }
          : {
              kind,
              record: (
                await db.query<{ record: CaredForPerson }>(
                  "SELECT record FROM cared_for_people WHERE id = $1",
                  [subjectId],
                )
              )[0]!.record,
            };
      // The circles this subject belongs to: their own (cared-for) or those of the people they care for.
      const circles = await db.query<{ record: CareCircle }>(
        kind === "cared_for"
          ? "SELECT record FROM care_circles WHERE cared_for_id = $1"
          : `SELECT cc.record FROM care_circles cc
               JOIN caring_relationships r ON r.cared_for_id = cc.cared_for_id
              WHERE r.carer_id = $1`,
        [subjectId],
      );
      const member = circles.flatMap((cc) => cc.record.members).find((m) => m.id === memberId);
      if (member === undefined)
        throw new Problem("not-found", "This member is not in this person's care circle.");
      const query = c.req.query("categories");
      const categories =
        query === undefined
          ? member.mayView
          : parseWith(CategoriesSchema, query.split(","), ["categories"]);
      const asOf = deps.now().toISOString();
      const consents = await loadConsents(db, subjectId);
      const held = heldAbout(db, subject);
      const shared: Partial<Record<InformationCategory, unknown>> = {};
      const withheld: { category: InformationCategory; reason: string; explanation: string }[] = [];
      for (const category of categories) {
        if (!member.mayView.includes(category)) {
          withheld.push({
            category,
            reason: "not_in_member_view",
            explanation: `Not shared: the care circle does not list ${category} among what this member may see.`,
          });
          continue;
        }
        const decision = canShare(
          consents,
          {
            subjectId,
            purpose: "share_with_circle_member",
            recipientId: memberId,
            categories: [category],
          },
          asOf,
        );
        if (!decision.allowed) {
          withheld.push({ category, reason: decision.reason, explanation: decision.explanation });
          continue;
        }
        const read = held[category];
        if (read === undefined) {
          withheld.push({
            category,
            reason: "not_held",
            explanation: `Not shared: this service holds no ${category} for this person.`,
          });
          continue;
        }
        shared[category] = await read();
      }
      return c.json({ subjectId, memberId, asOf, shared, withheld });
    },
  );
}
