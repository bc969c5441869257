import {
  canShare,
  checkRelationshipDates,
  toLocalDate,
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
import { STAFF } from "../auth/roles.ts";
import type { Queryable } from "../db/database.ts";
import { conflictOnDuplicate } from "../db/errors.ts";
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
import type { RequestContext, Routes } from "./registry.ts";

/** Reads a path parameter that the route template guarantees. */
export function param(c: Context, name: string): string {
  return c.req.param(name) ?? "";
}

/** Loads a carer the caller may see, or answers 404 (whether it does not exist or is out of scope). */
export async function loadCarer(q: Queryable, id: string): Promise<Carer> {
  return (await loadCarerRow(q, id)).record;
}

/** A carer's record with its version (for ETags), or 404. */
export async function loadCarerRow(
  q: Queryable,
  id: string,
  forUpdate = false,
): Promise<{ record: Carer; version: number }> {
  const [row] = await q.query<{ record: Carer; version: number }>(
    `SELECT record, version FROM carers WHERE id = $1${forUpdate ? " FOR UPDATE" : ""}`,
    [id],
  );
  if (row === undefined) throw new Problem("not-found", "There is no carer with this id.");
  return row;
}

/** The strong ETag of a carer's record version. */
export const etagOf = (version: number): string => `"v${version}"`;

/** Whether a carer exists. */
export async function carerExists(q: Queryable, id: string): Promise<boolean> {
  const rows = await q.query("SELECT 1 FROM carers WHERE id = $1", [id]);
  return rows.length > 0;
}

/**
 * The carer, visible to the caller, or 404 (absent and out of scope answer alike).
 *
 * @example
 * await requireCarer(tx, "carer-1");
 */
export async function requireCarer(tx: Queryable, carerId: string): Promise<void> {
  if (!(await carerExists(tx, carerId)))
    throw new Problem("not-found", "There is no carer with this id.");
}

/**
 * A read about one carer in one transaction: the carer must be in scope, the read is audited,
 * then `load` runs. Every list route about a carer has this shape.
 *
 * @example
 * const breaks = await readAboutCarer(ctx, carerId, (tx) => breaksOf(tx, carerId));
 */
export function readAboutCarer<T>(
  ctx: RequestContext,
  carerId: string,
  load: (tx: Queryable) => Promise<T>,
): Promise<T> {
  return ctx.db.transaction(async (tx) => {
    await requireCarer(tx, carerId);
    await ctx.audit(tx, "read", carerId);
    return load(tx);
  });
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

/**
 * The parts of POST /carers, checked against the day of the request (`asOf`, from the server's
 * clock, taken here at the edge). A null prototype, so that a `constructor`, `toString` or
 * `__proto__` key in the body is an unknown key like any other.
 */
function registrationParts(asOf: string) {
  return Object.assign(Object.create(null) as object, {
    carer: (input: unknown) => safeParseCarer(input, { asOf }),
    caredFor: (input: unknown) => safeParseCaredForPerson(input, { asOf }),
    relationship: safeParseCaringRelationship,
  });
}

/** Today in the service's zone (Europe/London), the reference date for dates that cannot be future. */
export function todayOf(deps: AppDeps): string {
  return toLocalDate(deps.now().toISOString());
}

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
  routes.add(
    {
      method: "post",
      path: "/carers",
      operationId: "registerCarer",
      summary:
        "Register a carer, the person they care for and the caring relationship, in one transaction. A support worker's registrations join their caseload.",
      roles: STAFF,
      purpose: "direct_care",
      body: RegistrationSchema,
      success: {
        status: 201,
        description: "The carer, cared-for person and relationship as stored (normalised).",
      },
      problems: [409, 422],
    },
    async (c, ctx) => {
      const { carer, caredFor, relationship } = parseParts(
        await readJson(c),
        registrationParts(todayOf(deps)),
      );
      const mismatches = [
        relationship.carerId === carer.id ? undefined : "carerId",
        relationship.caredForId === caredFor.id ? undefined : "caredForId",
      ].filter((f) => f !== undefined);
      const problems = [
        ...mismatches.map((f) => ({
          code: "reference_mismatch",
          message: `${f}: expected the id of the ${f === "carerId" ? "carer" : "cared-for person"} in this request`,
          path: [f],
        })),
        ...checkRelationshipDates(relationship, { carer, caredFor }),
      ];
      if (problems.length > 0) throw invalid(problems, ["relationship"]);
      const worker = ctx.identity.role === "support-worker" ? ctx.identity.subject : null;
      await conflictOnDuplicate(
        () =>
          ctx.db.transaction(async (tx) => {
            // One call for the three inserts (migrations/0006): one round trip instead of three.
            // A support worker's registration also makes them the carer's key worker (0009).
            await tx.query("SELECT register_carer($1, $2, $3, $4, $5)", [
              carer,
              caredFor,
              relationship,
              worker,
              todayOf(deps),
            ]);
            await ctx.audit(tx, "create", carer.id);
          }),
        "A carer, cared-for person or relationship with one of these ids is already registered; nothing was saved.",
      );
      c.header("location", `/carers/${encodeURIComponent(carer.id)}`);
      c.header("etag", etagOf(1));
      return c.json({ carer, caredFor, relationship }, 201);
    },
  );

  routes.add(
    {
      method: "get",
      path: "/carers/:carerId",
      operationId: "getCarer",
      summary:
        "A carer's record with their caring relationships, and its ETag for rectification (the carer, their support worker, coordinators).",
      roles: ["carer", ...STAFF],
      purpose: "direct_care",
      success: { status: 200, description: "The carer and their relationships." },
      problems: [404],
    },
    async (c, ctx) => {
      const { carer, version, relationships } = await ctx.db.transaction(async (tx) => {
        const row = await loadCarerRow(tx, param(c, "carerId"));
        const rels = await tx.query<{ record: unknown }>(
          "SELECT record FROM caring_relationships WHERE carer_id = $1 ORDER BY id",
          [row.record.id],
        );
        await ctx.audit(tx, "read", row.record.id);
        return { carer: row.record, version: row.version, relationships: rels };
      });
      c.header("etag", etagOf(version));
      return c.json({ carer, relationships: relationships.map((r) => r.record) });
    },
  );

  routes.add(
    {
      method: "post",
      path: "/consents",
      operationId: "recordConsent",
      summary: "Record a consent given by a carer or cared-for person.",
      roles: ["carer", ...STAFF],
      purpose: "direct_care",
      body: ConsentBodySchema,
      success: { status: 201, description: "The consent as stored." },
      problems: [409, 422],
    },
    async (c, ctx) => {
      const parsed = safeParseConsent(await readJson(c));
      if (!parsed.success) throw invalid(parsed.error);
      const consent = parsed.data;
      await conflictOnDuplicate(
        () =>
          ctx.db.transaction(async (tx) => {
            if ((await subjectKind(tx, consent.subjectId)) === undefined) {
              throw invalidField(
                ["subjectId"],
                "unknown_subject",
                "expected the id of a registered carer or cared-for person",
              );
            }
            await tx.query("INSERT INTO consents (id, subject_id, record) VALUES ($1, $2, $3)", [
              consent.id,
              consent.subjectId,
              consent,
            ]);
            await ctx.audit(tx, "create", consent.subjectId);
          }),
        "A consent with this id is already recorded.",
      );
      return c.json(consent, 201);
    },
  );

  routes.add(
    {
      method: "post",
      path: "/consents/:consentId/withdrawal",
      operationId: "withdrawConsent",
      summary: "Withdraw a consent from an instant; the record is kept as evidence.",
      roles: ["carer", ...STAFF],
      purpose: "direct_care",
      body: WithdrawalSchema,
      success: { status: 200, description: "The consent with its withdrawal." },
      problems: [404, 409, 422],
    },
    async (c, ctx) => {
      const { withdrawnAt } = parseWith(WithdrawalSchema, await readJson(c));
      const consent = await ctx.db.transaction(async (tx) => {
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
        await ctx.audit(tx, "update", row.record.subjectId);
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
      roles: ["carer", ...STAFF],
      purpose: "direct_care",
      body: CircleBodySchema,
      success: { status: 200, description: "The circle as stored." },
      problems: [404, 409, 422],
    },
    async (c, ctx) => {
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
      await conflictOnDuplicate(
        () =>
          ctx.db.transaction(async (tx) => {
            const exists = await tx.query("SELECT 1 FROM cared_for_people WHERE id = $1", [
              caredForId,
            ]);
            if (exists.length === 0)
              throw new Problem("not-found", "There is no cared-for person with this id.");
            await tx.query(
              `INSERT INTO care_circles (cared_for_id, id, record) VALUES ($1, $2, $3)
             ON CONFLICT (cared_for_id) DO UPDATE SET id = EXCLUDED.id, record = EXCLUDED.record`,
              [caredForId, circle.id, circle],
            );
            await tx.query("DELETE FROM circle_members WHERE cared_for_id = $1", [caredForId]);
            await tx.query(
              `INSERT INTO circle_members (cared_for_id, member_id)
             SELECT $1, m FROM unnest($2::text[]) AS m ON CONFLICT DO NOTHING`,
              [caredForId, circle.members.map((m) => m.id)],
            );
            await ctx.audit(tx, "update", caredForId);
          }),
        "Another circle already has this id.",
      );
      return c.json(circle);
    },
  );

  routes.add(
    {
      method: "get",
      path: "/people/:subjectId/shared-with-me",
      operationId: "getSharedView",
      summary:
        "What the calling care circle member (the token's subject) may see about a carer or cared-for person: only categories in their mayView AND covered by a live consent now (canShare).",
      roles: ["circle-member"],
      purpose: "care_circle_sharing",
      query: {
        categories: "Comma-separated information categories; default: all the member may view.",
      },
      success: {
        status: 200,
        description: "The shared categories and, for each withheld one, why.",
      },
      problems: [404, 422],
    },
    async (c, ctx) => {
      const subjectId = param(c, "subjectId");
      const memberId = ctx.identity.subject;
      const query = c.req.query("categories");
      const asked =
        query === undefined
          ? undefined
          : parseWith(CategoriesSchema, query.split(","), ["categories"]);
      const asOf = deps.now().toISOString();
      const view = await ctx.db.transaction(async (tx) => {
        const subject = await loadSubject(tx, subjectId);
        const member = await findMember(tx, subject.kind, subjectId, memberId);
        const consents = await loadConsents(tx, subjectId);
        const held = heldAbout(tx, subject);
        const shared: Partial<Record<InformationCategory, unknown>> = {};
        const withheld: { category: InformationCategory; reason: string; explanation: string }[] =
          [];
        for (const category of asked ?? member.mayView) {
          const decision = decideSharing(member, consents, { subjectId, category, asOf });
          const read = held[category];
          if (!decision.allowed) withheld.push({ category, ...decision.withheld });
          else if (read === undefined) {
            withheld.push({
              category,
              reason: "not_held",
              explanation: `Not shared: this service holds no ${category} for this person.`,
            });
          } else shared[category] = await read();
        }
        await ctx.audit(tx, "share", subjectId);
        return { shared, withheld };
      });
      return c.json({ subjectId, memberId, asOf, ...view });
    },
  );
}

type Subject = { kind: "carer"; record: Carer } | { kind: "cared_for"; record: CaredForPerson };

/** The carer or cared-for person, as far as the caller may see them, or 404. */
async function loadSubject(q: Queryable, id: string): Promise<Subject> {
  const kind = await subjectKind(q, id);
  if (kind === undefined)
    throw new Problem("not-found", "There is no carer or cared-for person with this id.");
  if (kind === "carer") return { kind, record: await loadCarer(q, id) };
  const [row] = await q.query<{ record: CaredForPerson }>(
    "SELECT record FROM cared_for_people WHERE id = $1",
    [id],
  );
  if (row === undefined)
    throw new Problem("not-found", "There is no cared-for person with this id.");
  return { kind, record: row.record };
}

/** The caller's entry in a circle around the subject (their own or the person they care for), or 404. */
async function findMember(
  q: Queryable,
  kind: Subject["kind"],
  subjectId: string,
  memberId: string,
): Promise<CareCircle["members"][number]> {
  // The circles this subject belongs to: their own (cared-for) or those of the people they care for.
  const circles = await q.query<{ record: CareCircle }>(
    kind === "cared_for"
      ? "SELECT record FROM care_circles WHERE cared_for_id = $1"
      : `SELECT cc.record FROM care_circles cc
           JOIN caring_relationships r ON r.cared_for_id = cc.cared_for_id
          WHERE r.carer_id = $1`,
    [subjectId],
  );
  const member = circles.flatMap((cc) => cc.record.members).find((m) => m.id === memberId);
  if (member === undefined)
    throw new Problem("not-found", "There is no carer or cared-for person with this id.");
  return member;
}

/** One category: in the member's view and covered by a live consent (core's canShare), or why not. */
function decideSharing(
  member: CareCircle["members"][number],
  consents: readonly Consent[],
  ask: { subjectId: string; category: InformationCategory; asOf: string },
): { allowed: true } | { allowed: false; withheld: { reason: string; explanation: string } } {
  if (!member.mayView.includes(ask.category)) {
    return {
      allowed: false,
      withheld: {
        reason: "not_in_member_view",
        explanation: `Not shared: the care circle does not list ${ask.category} among what this member may see.`,
      },
    };
  }
  const decision = canShare(
    consents,
    {
      subjectId: ask.subjectId,
      purpose: "share_with_circle_member",
      recipientId: member.id,
      categories: [ask.category],
    },
    ask.asOf,
  );
  if (decision.allowed) return { allowed: true };
  return {
    allowed: false,
    withheld: { reason: decision.reason, explanation: decision.explanation },
  };
}
