import type { DirectoryIndex } from "@carerkit/directory";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { Database } from "./db/database.ts";
import { accessLog, type Logger } from "./http/logging.ts";
import { Problem } from "./http/problem.ts";
import { buildOpenApi } from "./openapi.ts";
import { addAssessmentRoutes } from "./routes/assessments.ts";
import { addPeopleRoutes } from "./routes/people.ts";
import { addProgrammeRoutes } from "./routes/programmes.ts";
import { Routes } from "./routes/registry.ts";
import { addServiceRoutes } from "./routes/services.ts";

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
}

const PROBLEM_JSON = "application/problem+json";

function problemResponse(problem: Problem, instance: string): Response {
  return new Response(JSON.stringify(problem.toJSON(instance)), {
    status: problem.status,
    headers: { "content-type": PROBLEM_JSON },
  });
}

/** Builds the Hono app: middleware, every route, the OpenAPI document and problem responses. */
export function createApp(deps: AppDeps): { app: Hono; routes: Routes } {
  const app = new Hono();
  app.use("*", accessLog(deps.log));
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
  const routes = new Routes(app);
  addPeopleRoutes(routes, deps);
  addAssessmentRoutes(routes, deps);
  addServiceRoutes(routes, deps);
  addProgrammeRoutes(routes, deps);
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
