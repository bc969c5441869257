import type { DirectoryIndex } from "@carerkit/directory";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { cors } from "hono/cors";
import { requestId } from "hono/request-id";
import { secureHeaders } from "hono/secure-headers";
import type { TokenVerifier } from "./auth/verifyToken.ts";
import type { VoiceConfig } from "./config.ts";
import type { Database } from "./db/database.ts";
import { scopeDatabase } from "./db/scope.ts";
import { appendAudit } from "./http/audit.ts";
import { createGate } from "./http/gate.ts";
import { accessLog, type Logger } from "./http/logging.ts";
import { Problem } from "./http/problem.ts";
import { createRateLimiter, type RateLimitConfig } from "./http/rateLimit.ts";
import { buildOpenApi } from "./openapi.ts";
import { addAssessmentRoutes } from "./routes/assessments.ts";
import { addBreakGlassRoutes } from "./routes/breakGlass.ts";
import { addBreakRoutes } from "./routes/breaks.ts";
import { addCaseworkSummaryRoutes } from "./routes/caseworkSummary.ts";
import { addEmergencyPlanRoutes } from "./routes/emergencyPlans.ts";
import { addKeyWorkerRoutes } from "./routes/keyWorkers.ts";
import { addOnwardReferralRoutes } from "./routes/onwardReferrals.ts";
import { addComplaintRoutes } from "./routes/complaints.ts";
import { addFairnessRoutes } from "./routes/fairness.ts";
import { addFeedbackRoutes } from "./routes/feedback.ts";
import { addOutreachRoutes } from "./routes/outreach.ts";
import { addPeopleRoutes } from "./routes/people.ts";
import { addProgrammeRoutes } from "./routes/programmes.ts";
import { addReferralRoutes } from "./routes/referrals.ts";
import { addRightsRoutes } from "./routes/rights.ts";
import { addSafeguardingRoutes } from "./routes/safeguarding.ts";
import { Routes, type RouteAccess } from "./routes/registry.ts";
import { addServiceRoutes } from "./routes/services.ts";
import { addSupportContactRoutes } from "./routes/supportContacts.ts";

/** Everything the API needs from outside: database, clock, logger, keys and the directory. */
export interface AppDeps {
  readonly db: Database;
  /** The clock, read once per request that needs "now" (consent decisions, evaluation). */
  readonly now: () => Date;
  readonly log: Logger;
  /** HMAC key (≥ 32 bytes) for the pseudonyms in evaluation data. */
  readonly pseudonymKey: string;
  /** The service directory to match against. */
  readonly directory: DirectoryIndex;
  /** Largest request body accepted, in bytes. */
  readonly maxBodyBytes: number;
  /** Domain for calendar UIDs. */
  readonly uidDomain: string;
  /** Checks bearer tokens (signature against the JWKS, issuer, audience, expiry, role). */
  readonly verifyToken: TokenVerifier;
  /** Requests per identity per window. */
  readonly rateLimit: RateLimitConfig;
  /** Origins allowed to call from a browser (CORS); none by default. */
  readonly corsOrigins: readonly string[];
  /** Complaint deadlines and the feedback codebook. */
  readonly voice: VoiceConfig;
}

const PROBLEM_JSON = "application/problem+json";

function problemResponse(problem: Problem, instance: string): Response {
  return new Response(JSON.stringify(problem.toJSON(instance)), {
    status: problem.status,
    headers: { ...problem.headers, "content-type": PROBLEM_JSON },
  });
}

/** Builds the Hono app: middleware, every route, the OpenAPI document and problem responses. */
export function createApp(
  deps: AppDeps,
  options: {
    readonly extraRoutes?: ((routes: Routes) => void) | undefined;
    /** The load check's baseline only: replaces the token gate, row-level security and audit. */
    readonly access?: RouteAccess | undefined;
  } = {},
): { app: Hono; routes: Routes } {
  const app = new Hono();
  // The request id ties access-log lines to audit rows, so the server always makes it: a
  // caller's own X-Request-Id never reaches the audit trail (it could name someone, or reuse
  // another request's id).
  app.use("*", requestId({ headerName: "" }));
  app.use("*", async (c, next) => {
    c.header("x-request-id", c.get("requestId"));
    await next();
  });
  app.use("*", accessLog(deps.log));
  // No HTML is served; the CSP still forbids everything, so a response opened in a browser
  // runs nothing and cannot be framed. Every response may hold personal data: never cached.
  app.use(
    "*",
    secureHeaders({
      contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
      crossOriginResourcePolicy: "same-origin",
      referrerPolicy: "no-referrer",
      strictTransportSecurity: "max-age=31536000; includeSubDomains",
      xFrameOptions: "DENY",
    }),
  );
  app.use("*", async (c, next) => {
    await next();
    c.res.headers.set("cache-control", "no-store");
  });
  app.use(
    "*",
    cors({
      origin: (origin) => (deps.corsOrigins.includes(origin) ? origin : null),
      allowMethods: ["GET", "POST", "PUT", "PATCH", "DELETE"],
      allowHeaders: ["authorization", "content-type", "if-match", "x-request-id"],
      exposeHeaders: ["etag", "location", "retry-after", "x-request-id"],
      maxAge: 600,
    }),
  );
  app.use(
    "*",
    bodyLimit({
      maxSize: deps.maxBodyBytes,
      onError: (c) =>
        problemResponse(
          new Problem(
            "body-too-large",
            `Request bodies are limited to ${deps.maxBodyBytes} bytes.`,
          ),
          c.req.path,
        ),
    }),
  );
  const access = options.access ?? {
    gate: createGate({
      verify: deps.verifyToken,
      limiter: createRateLimiter(deps.rateLimit),
      now: deps.now,
    }),
    scope: scopeDatabase,
    audit: appendAudit,
    now: deps.now,
  };
  const routes = new Routes(app, deps.db, access);
  addPeopleRoutes(routes, deps);
  addAssessmentRoutes(routes, deps);
  addServiceRoutes(routes, deps);
  addProgrammeRoutes(routes, deps);
  addRightsRoutes(routes, deps);
  addSafeguardingRoutes(routes, deps);
  addReferralRoutes(routes, deps);
  addEmergencyPlanRoutes(routes, deps);
  addBreakRoutes(routes, deps);
  // Casework (issue 18).
  addSupportContactRoutes(routes, deps);
  addOnwardReferralRoutes(routes, deps);
  addKeyWorkerRoutes(routes, deps);
  addCaseworkSummaryRoutes(routes);
  addBreakGlassRoutes(routes, deps);
  addOutreachRoutes(routes, deps);
  addFeedbackRoutes(routes, deps);
  addComplaintRoutes(routes, deps);
  addFairnessRoutes(routes);
  options.extraRoutes?.(routes);
  const openApi = buildOpenApi(routes.specs);
  app.get("/openapi.json", (c) => c.json(openApi));
  app.get("/health", (c) => c.json({ status: "ok" }));
  app.notFound((c) =>
    problemResponse(new Problem("not-found", "No such route; see /openapi.json."), c.req.path),
  );
  app.onError((error, c) => {
    if (error instanceof Problem) return problemResponse(error, c.req.path);
    // Never log the message: driver errors quote values ("Key (id)=(…) already exists").
    const code = (error as { code?: unknown }).code;
    deps.log({
      requestId: c.get("requestId"),
      method: c.req.method,
      route: "error",
      status: 500,
      durationMs: 0,
      error: `${error.name}${typeof code === "string" ? ` ${code}` : ""}`,
    });
    return problemResponse(
      new Problem("internal", "The request could not be completed."),
      c.req.path,
    );
  });
  return { app, routes };
}
