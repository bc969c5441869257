import {
  canReadSafeguardingConcern,
  checkDatesNotAfter,
  moveSafeguardingConcern,
  type SafeguardingConcern,
  type SafeguardingMove,
  type SafeguardingReader,
} from "@carerkit/core";
import type { AppDeps } from "../app.ts";
import type { Identity } from "../auth/roles.ts";
import type { Queryable } from "../db/database.ts";
import { conflictOnDuplicate } from "../db/errors.ts";
import { parseWith, readJson } from "../http/body.ts";
import { invalidField } from "../http/parts.ts";
import { fromIssues, invalid, Problem } from "../http/problem.ts";
import { SafeguardingConcernBodySchema, SafeguardingMoveBodySchema } from "../schemas.ts";
import { param, readAboutCarer, requireCarer, todayOf } from "./people.ts";
import type { Routes } from "./registry.ts";

const CONCERNS = "/carers/:carerId/safeguarding-concerns";
const NOT_FOUND = "There is no safeguarding concern with this id.";

/**
 * The caller as core's need-to-know rule sees them: a coordinator is the service's safeguarding
 * lead (reads all); a support worker is a worker (reads what they raised).
 */
function readerOf(identity: Identity): SafeguardingReader {
  return identity.role === "coordinator"
    ? { role: "safeguarding_lead" }
    : { role: "worker", workerId: identity.subject };
}

const readable = (identity: Identity, concern: SafeguardingConcern): boolean =>
  canReadSafeguardingConcern(readerOf(identity), concern).allowed;

/** One concern about a carer the caller may read (row-level security and core's rule), or 404. */
async function loadConcern(
  tx: Queryable,
  identity: Identity,
  carerId: string,
  concernId: string,
): Promise<SafeguardingConcern> {
  const [row] = await tx.query<{ record: SafeguardingConcern }>(
    "SELECT record FROM safeguarding_concerns WHERE id = $1 AND carer_id = $2 FOR UPDATE",
    [concernId, carerId],
  );
  if (row === undefined || !readable(identity, row.record))
    throw new Problem("not-found", NOT_FOUND);
  return row.record;
}

/** The move as core takes it: a screening is recorded as done by the caller. */
function toMove(
  body: ReturnType<typeof SafeguardingMoveBodySchema.parse>,
  identity: Identity,
): SafeguardingMove {
  return body.to === "screened" ? { ...body, by: identity.subject } : body;
}

/**
 * Safeguarding concerns about a carer: raising one, reading them on a need-to-know basis and
 * moving one through its lifecycle. Staff only; every read and write is audited.
 */
export function addSafeguardingRoutes(routes: Routes, deps: AppDeps): void {
  routes.add(
    {
      method: "post",
      path: CONCERNS,
      operationId: "raiseSafeguardingConcern",
      summary:
        "Record a safeguarding concern (draft or raised) about a carer, raised by the caller.",
      roles: ["support-worker", "coordinator"],
      purpose: "direct_care",
      body: SafeguardingConcernBodySchema,
      success: { status: 201, description: "The concern as stored." },
      problems: [404, 409, 422],
    },
    async (c, ctx) => {
      const carerId = param(c, "carerId");
      const concern = parseWith(SafeguardingConcernBodySchema, await readJson(c));
      if (concern.raisedBy !== ctx.identity.subject)
        throw invalidField(["raisedBy"], "not_caller", "expected the caller's own id");
      if (concern.status !== "draft" && concern.status !== "raised")
        throw invalidField(
          ["status"],
          "not_initial",
          'expected "draft" or "raised"; later steps are transitions',
        );
      const late = checkDatesNotAfter(concern, ["raisedOn"], todayOf(deps));
      if (late.length > 0) throw invalid(late);
      await conflictOnDuplicate(
        () =>
          ctx.db.transaction(async (tx) => {
            await requireCarer(tx, carerId);
            await tx.query(
              "INSERT INTO safeguarding_concerns (id, carer_id, raised_by, record) VALUES ($1, $2, $3, $4)",
              [concern.id, carerId, concern.raisedBy, concern],
            );
            await ctx.audit(tx, "create", carerId);
          }),
        "A safeguarding concern with this id is already recorded.",
      );
      return c.json(concern, 201);
    },
  );

  routes.add(
    {
      method: "get",
      path: CONCERNS,
      operationId: "listSafeguardingConcerns",
      summary:
        "The safeguarding concerns about a carer that the caller may read (a support worker: those they raised).",
      roles: ["support-worker", "coordinator"],
      purpose: "direct_care",
      success: { status: 200, description: "The concerns, oldest first." },
      problems: [404],
    },
    async (c, ctx) => {
      const carerId = param(c, "carerId");
      const rows = await readAboutCarer(ctx, carerId, (tx) =>
        tx.query<{ record: SafeguardingConcern }>(
          "SELECT record FROM safeguarding_concerns WHERE carer_id = $1 ORDER BY record->>'raisedOn', id",
          [carerId],
        ),
      );
      const concerns = rows.map((r) => r.record).filter((r) => readable(ctx.identity, r));
      return c.json({ concerns });
    },
  );

  routes.add(
    {
      method: "get",
      path: `${CONCERNS}/:concernId`,
      operationId: "getSafeguardingConcern",
      summary: "One safeguarding concern, if the caller may read it (404 otherwise).",
      roles: ["support-worker", "coordinator"],
      purpose: "direct_care",
      success: { status: 200, description: "The concern." },
      problems: [404],
    },
    async (c, ctx) => {
      const carerId = param(c, "carerId");
      const concern = await ctx.db.transaction(async (tx) => {
        const found = await loadConcern(tx, ctx.identity, carerId, param(c, "concernId"));
        await ctx.audit(tx, "read", carerId);
        return found;
      });
      return c.json(concern);
    },
  );

  routes.add(
    {
      method: "post",
      path: `${CONCERNS}/:concernId/transitions`,
      operationId: "moveSafeguardingConcern",
      summary:
        "Move a concern on: raise a draft (its raiser or a coordinator); screen, refer or close it (coordinator, the safeguarding lead).",
      roles: ["support-worker", "coordinator"],
      purpose: "direct_care",
      body: SafeguardingMoveBodySchema,
      success: { status: 200, description: "The concern after the move." },
      problems: [404, 409, 422],
    },
    async (c, ctx) => {
      const carerId = param(c, "carerId");
      const body = parseWith(SafeguardingMoveBodySchema, await readJson(c));
      const late = checkDatesNotAfter(body, ["on"], todayOf(deps));
      if (late.length > 0) throw invalid(late);
      const moved = await ctx.db.transaction(async (tx) => {
        const concern = await loadConcern(tx, ctx.identity, carerId, param(c, "concernId"));
        if (body.to !== "raised" && ctx.identity.role !== "coordinator")
          throw new Problem(
            "forbidden",
            "Only the safeguarding lead (a coordinator) screens, refers or closes a concern.",
          );
        const result = moveSafeguardingConcern(concern, toMove(body, ctx.identity));
        if (!result.success) {
          const illegal = result.error.some((i) => i.code === "illegal_transition");
          if (illegal)
            throw new Problem(
              "conflict",
              "This concern cannot make that move from its current status; see errors.",
              fromIssues(result.error),
            );
          throw invalid(result.error);
        }
        await tx.query("UPDATE safeguarding_concerns SET record = $2 WHERE id = $1", [
          concern.id,
          result.data,
        ]);
        await ctx.audit(tx, "update", carerId);
        return result.data;
      });
      return c.json(moved);
    },
  );
}
