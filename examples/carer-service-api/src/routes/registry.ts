import type { Context, Hono } from "hono";
import type { z } from "zod";
import type { Identity, Role } from "../auth/roles.ts";
import type { Queryable } from "../db/database.ts";
import type { ScopedDatabase } from "../db/scope.ts";
import type { Database } from "../db/database.ts";
import type { appendAudit, AuditAction, AuditPurpose } from "../http/audit.ts";
import { Problem } from "../http/problem.ts";

/** One documented operation: what the OpenAPI document says about a route. */
export interface RouteSpec {
  readonly method: "get" | "post" | "put" | "patch" | "delete";
  /** Hono path, e.g. `/carers/:carerId`. */
  readonly path: string;
  readonly operationId: string;
  readonly summary: string;
  /** The roles that may call it; any other role gets 403 before anything is read. */
  readonly roles: readonly Role[];
  /** Why the route touches personal data, recorded with each audit row. */
  readonly purpose: AuditPurpose;
  /** The JSON request body's schema, when the route takes one. */
  readonly body?: z.ZodType | undefined;
  /** Query parameters, each with a one-line description. */
  readonly query?: Readonly<Record<string, string>> | undefined;
  /** Success status and what it returns. */
  readonly success: { readonly status: 200 | 201; readonly description: string };
  /** Media type of the success response; JSON unless said. */
  readonly produces?: "application/json" | "text/calendar" | undefined;
  /** Problem statuses the route can answer with (400, 413, 415 are added for bodies; 401, 403, 429 for all). */
  readonly problems: readonly number[];
}

/** What a handler gets besides Hono's context: the caller, their database view and the audit. */
export interface RequestContext {
  readonly identity: Identity;
  readonly requestId: string;
  /** The database under the caller's row-level security. */
  readonly db: ScopedDatabase;
  /** Appends an audit row in `q`'s transaction (purpose and route come from the spec). */
  audit(q: Queryable, action: AuditAction, subjectId?: string): Promise<void>;
}

type Handler = (c: Context, ctx: RequestContext) => Promise<Response> | Response;

/** Turns a request into its caller, or throws a 401/429 problem. */
export type Gate = (c: Context) => Promise<Identity>;

/**
 * How every route admits, scopes and audits its caller. The app uses the token gate,
 * `scopeDatabase` (row-level security) and `appendAudit`; only the load check's baseline
 * (scripts/bench-servers.ts) swaps them out, to measure what they cost.
 */
export interface RouteAccess {
  readonly gate: Gate;
  /** The database as the caller may see it; `readAt` is passed on GET requests only. */
  readonly scope: (db: Database, identity: Identity, readAt?: Date) => ScopedDatabase;
  /** The clock whose time reads pass to the database, for break-glass grants (none: never honoured). */
  readonly now?: (() => Date) | undefined;
  /** Appends one audit row in the caller's transaction. */
  readonly audit: typeof appendAudit;
}

/** Registers routes on the app and remembers their specs for the OpenAPI document. */
export class Routes {
  readonly specs: RouteSpec[] = [];
  readonly #app: Hono;
  readonly #db: Database;
  readonly #access: RouteAccess;

  constructor(app: Hono, db: Database, access: RouteAccess) {
    this.#app = app;
    this.#db = db;
    this.#access = access;
  }

  /** Adds a route: authenticated, rate-limited, role-checked, then handled in the caller's scope. */
  add(spec: RouteSpec, handler: Handler): void {
    this.specs.push(spec);
    this.#app.on(spec.method.toUpperCase(), spec.path, async (c) => {
      const access = this.#access;
      const identity = await access.gate(c);
      if (!spec.roles.includes(identity.role)) {
        throw new Problem("forbidden", "Your role may not use this route.");
      }
      const requestId = c.get("requestId");
      const source = { identity, requestId, route: spec.path, purpose: spec.purpose };
      return handler(c, {
        identity,
        requestId,
        db: access.scope(this.#db, identity, spec.method === "get" ? access.now?.() : undefined),
        audit: (q, action, subjectId) => access.audit(q, source, { action, subjectId }),
      });
    });
  }
}
