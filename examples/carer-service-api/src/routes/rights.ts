import { safeParseCarer } from "@carerkit/core";
import { z } from "zod";
import type { AppDeps } from "../app.ts";
import { STAFF } from "../auth/roles.ts";
import { keyWorkersOf, leaveCaseload, nameKeyWorker } from "../casework/keyWorkerAssignments.ts";
import type { Queryable, Row } from "../db/database.ts";
import { parseWith, readJson } from "../http/body.ts";
import { applyMergePatch } from "../http/mergePatch.ts";
import { invalidField } from "../http/parts.ts";
import { invalid, Problem } from "../http/problem.ts";
import { breaksOf } from "./breaks.ts";
import { planOf } from "./emergencyPlans.ts";
import { feedbackOf, presentFeedback } from "./feedback.ts";
import { onwardReferralsOf } from "./onwardReferrals.ts";
import { etagOf, loadCarerRow, param, requireCarer, todayOf } from "./people.ts";
import { referralsOf } from "./referrals.ts";
import { supportContactsOf } from "./supportContacts.ts";
import type { Routes } from "./registry.ts";

/** PUT /carers/{carerId}/support-worker: whose caseload the carer is on (null: nobody's). */
export const AssignmentSchema = z.strictObject({
  supportWorker: z.string().min(1).max(128).nullable(),
});

/** A JSON merge patch (RFC 7396) of a carer's record; the result is checked as a whole by core. */
export const CarerPatchSchema = z.record(z.string(), z.unknown());

/** The day a record was closed: when its status stopped being active. */
function closedOn(record: { status: string; statusChangedOn?: string | undefined }, today: string) {
  return record.status === "active" ? null : (record.statusChangedOn ?? today);
}

const rowsOf = <T extends Row>(q: Queryable, sql: string, id: string): Promise<T[]> =>
  q.query<T>(sql, [id]);

/** Everything held about one carer, for a subject-access request (UK GDPR Article 15). */
/**
 * What an export never carries, stated in every export whether or not such records exist, so
 * the statement itself discloses nothing: safeguarding concerns are released, if at all, after
 * the safeguarding lead's review (UK GDPR Art. 15, with the Data Protection Act 2018's
 * exemptions: Schedule 3's serious-harm test for social work data, and Schedule 2 Part 3 for
 * information about other people).
 */
const REVIEWED_SEPARATELY = [
  {
    records: "safeguarding_concerns",
    how: "Any safeguarding records are reviewed by the service's safeguarding lead before release, because they can hold information about other people or whose release could cause serious harm. Ask the service's data protection officer.",
  },
] as const;

async function collectHeld(tx: Queryable, carerId: string): Promise<Record<string, unknown>> {
  const carer = await loadCarerRow(tx, carerId);
  const relationships = await rowsOf<{ record: { caredForId: string } }>(
    tx,
    "SELECT record FROM caring_relationships WHERE carer_id = $1 ORDER BY id",
    carerId,
  );
  const people = relationships.map((r) => r.record.caredForId);
  const subjects = [carerId, ...people];
  return {
    carer: carer.record,
    version: carer.version,
    relationships: relationships.map((r) => r.record),
    caredFor: (
      await tx.query<{ record: unknown }>(
        "SELECT record FROM cared_for_people WHERE id = ANY($1::text[]) ORDER BY id",
        [people],
      )
    ).map((r) => r.record),
    consents: (
      await tx.query<{ record: unknown }>(
        "SELECT record FROM consents WHERE subject_id = ANY($1::text[]) ORDER BY recorded_at, id",
        [subjects],
      )
    ).map((r) => r.record),
    careCircles: (
      await tx.query<{ record: unknown }>(
        "SELECT record FROM care_circles WHERE cared_for_id = ANY($1::text[]) ORDER BY id",
        [people],
      )
    ).map((r) => r.record),
    assessments: await rowsOf(
      tx,
      `SELECT id, instrument_id AS "instrumentId", to_char(assessed_on, 'YYYY-MM-DD') AS "assessedOn",
              answers, score, eligibility FROM assessments WHERE carer_id = $1 ORDER BY assessed_on, id`,
      carerId,
    ),
    enrolments: await rowsOf(
      tx,
      `SELECT programme_id AS "programmeId", status FROM enrolments WHERE carer_id = $1 ORDER BY programme_id`,
      carerId,
    ),
    attendance: await rowsOf(
      tx,
      `SELECT programme_id AS "programmeId", session_id AS "sessionId", mark
         FROM attendance WHERE carer_id = $1 ORDER BY session_id`,
      carerId,
    ),
    referrals: await referralsOf(tx, carerId),
    emergencyPlan: await planOf(tx, carerId),
    breaks: await breaksOf(tx, carerId),
    supportContacts: await supportContactsOf(tx, carerId),
    onwardReferrals: await onwardReferralsOf(tx, carerId),
    keyWorkers: await keyWorkersOf(tx, carerId),
    feedback: (await feedbackOf(tx, carerId)).map(presentFeedback),
    accessLog: await accessLogOf(tx, carerId),
    reviewedSeparately: REVIEWED_SEPARATELY,
  };
}

/** The audit rows about one subject, oldest first. */
function accessLogOf(tx: Queryable, subjectId: string): Promise<Row[]> {
  return rowsOf(
    tx,
    `SELECT to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at, actor,
            actor_role AS "actorRole", action, purpose, request_id AS "requestId", route
       FROM audit_events WHERE subject_id = $1 ORDER BY id`,
    subjectId,
  );
}

/** Rectification, erasure, subject access, the access log and caseload assignment. */
export function addRightsRoutes(routes: Routes, deps: AppDeps): void {
  routes.add(
    {
      method: "patch",
      path: "/carers/:carerId",
      operationId: "rectifyCarer",
      summary:
        "Correct a carer's record with a JSON merge patch (RFC 7396). Send If-Match with the ETag you read; a stale ETag gets 412 and nothing changes.",
      roles: ["carer", ...STAFF],
      purpose: "rectification",
      body: CarerPatchSchema,
      success: { status: 200, description: "The corrected record, with its new ETag." },
      problems: [404, 412, 422, 428],
    },
    async (c, ctx) => {
      const ifMatch = c.req.header("if-match");
      if (ifMatch === undefined) {
        throw new Problem(
          "precondition-required",
          "Send If-Match with the ETag from GET /carers/{carerId}, so a concurrent change is not overwritten.",
        );
      }
      const patch = parseWith(CarerPatchSchema, await readJson(c));
      const today = deps.now().toISOString().slice(0, 10);
      const { carer, version } = await ctx.db.transaction(async (tx) => {
        const row = await loadCarerRow(tx, param(c, "carerId"), true);
        if (ifMatch.trim() !== etagOf(row.version)) {
          throw new Problem(
            "precondition-failed",
            "The record has changed since that ETag was read; read it again and reapply the change.",
          );
        }
        if ("id" in patch && patch["id"] !== row.record.id) {
          throw invalidField(["id"], "immutable", "the id cannot be changed");
        }
        const parsed = safeParseCarer(applyMergePatch(row.record, patch));
        if (!parsed.success) throw invalid(parsed.error);
        const [updated] = await tx.query<{ version: number }>(
          `UPDATE carers SET record = $2, version = version + 1, closed_on = $3
            WHERE id = $1 RETURNING version`,
          [row.record.id, parsed.data, closedOn(parsed.data, today)],
        );
        await ctx.audit(tx, "update", row.record.id);
        return { carer: parsed.data, version: updated?.version ?? row.version + 1 };
      });
      c.header("etag", etagOf(version));
      return c.json({ carer });
    },
  );

  routes.add(
    {
      method: "delete",
      path: "/carers/:carerId",
      operationId: "eraseCarer",
      summary:
        "Erase a carer's personal data (UK GDPR Article 17): the record and what hangs off it are pseudonymised, aggregates keep their counts, and the erasure is recorded in the audit trail.",
      roles: ["coordinator"],
      purpose: "erasure",
      success: { status: 200, description: "What was removed and what was kept." },
      problems: [404],
    },
    async (c, ctx) => {
      const carerId = param(c, "carerId");
      const at = deps.now().toISOString();
      await ctx.db.transaction(async (tx) => {
        const [row] = await tx.query<{ erased: boolean }>("SELECT erase_carer($1, $2) AS erased", [
          carerId,
          at,
        ]);
        if (row?.erased !== true) throw new Problem("not-found", "There is no carer with this id.");
        await ctx.audit(tx, "erase", carerId);
      });
      return c.json({
        carerId,
        erasedAt: at,
        removed: [
          "the carer's record (all but the id and referral source)",
          "the records of people cared for by no other carer",
          "consents and care circles about them",
          "assessment answers, flags and eligibility",
          "the notes of support contacts and onward referrals",
        ],
        kept: [
          "assessment totals and dates",
          "enrolments and attendance",
          "support contacts and onward referrals (date, mode, kind, minutes, offer, outcome)",
          "the audit trail",
        ],
      });
    },
  );

  routes.add(
    {
      method: "get",
      path: "/carers/:carerId/export",
      operationId: "exportCarer",
      summary:
        "Subject access (UK GDPR Article 15): everything held about one carer as JSON, including who has accessed their record.",
      roles: ["carer", "coordinator"],
      purpose: "subject_access",
      success: { status: 200, description: "Everything held, as one JSON document." },
      problems: [404],
    },
    async (c, ctx) => {
      const carerId = param(c, "carerId");
      const held = await ctx.db.transaction(async (tx) => {
        const all = await collectHeld(tx, carerId);
        await ctx.audit(tx, "export", carerId);
        return all;
      });
      c.header("content-disposition", `attachment; filename="carer-export.json"`);
      return c.json({ exportedAt: deps.now().toISOString(), ...held });
    },
  );

  routes.add(
    {
      method: "get",
      path: "/carers/:carerId/access-log",
      operationId: "getAccessLog",
      summary:
        "Who accessed a carer's record: actor, role, action, purpose, request id and time, oldest first (erased records included).",
      roles: ["coordinator"],
      purpose: "audit_review",
      success: { status: 200, description: "The audit rows about this carer." },
      problems: [],
    },
    async (c, ctx) => {
      const carerId = param(c, "carerId");
      const events = await ctx.db.transaction(async (tx) => {
        const read = await accessLogOf(tx, carerId);
        await ctx.audit(tx, "read_audit", carerId);
        return read;
      });
      return c.json({ carerId, events });
    },
  );

  routes.add(
    {
      method: "put",
      path: "/carers/:carerId/support-worker",
      operationId: "assignSupportWorker",
      summary:
        "Put a carer on a support worker's caseload from today, as their key worker (or on nobody's, with null).",
      roles: ["coordinator"],
      purpose: "direct_care",
      body: AssignmentSchema,
      success: { status: 200, description: "The assignment." },
      problems: [404, 422],
    },
    async (c, ctx) => {
      const { supportWorker } = parseWith(AssignmentSchema, await readJson(c));
      const carerId = param(c, "carerId");
      const today = todayOf(deps);
      await ctx.db.transaction(async (tx) => {
        await requireCarer(tx, carerId);
        if (supportWorker === null) await leaveCaseload(tx, carerId, today);
        else await nameKeyWorker(tx, carerId, supportWorker, today);
        await ctx.audit(tx, "update", carerId);
      });
      return c.json({ carerId, supportWorker });
    },
  );
}
