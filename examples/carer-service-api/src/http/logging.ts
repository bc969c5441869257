import type { MiddlewareHandler } from "hono";
import { routePath } from "hono/route";

/**
 * One access-log line. It holds the method, the route *template* (`/carers/:carerId`, never the
 * id), the status and the duration — nothing from the body, the query or the URL's values.
 */
export interface AccessLogEntry {
  /** Ties the line to the audit rows of the same request. */
  readonly requestId: string;
  /** The caller's role, once authenticated (never their subject). */
  readonly role?: string;
  readonly method: string;
  readonly route: string;
  readonly status: number;
  readonly durationMs: number;
  /** For a 500: the error's class and SQLSTATE only, never its message. */
  readonly error?: string;
}

/** Where log lines go; the default writes one JSON object per line to stdout. */
export type Logger = (entry: AccessLogEntry) => void;

/** Writes each entry as one JSON line on stdout. */
export const stdoutLogger: Logger = (entry) => {
  process.stdout.write(`${JSON.stringify(entry)}\n`);
};

/** Logs every request after it is answered, with the matched route template. */
export function accessLog(log: Logger): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    // routePath(c, -1) is the template of the handler that answered; unmatched paths log "*".
    const route = c.res.status === 404 && routePath(c, -1) === "/*" ? "*" : routePath(c, -1);
    const identity = c.get("identity") as { role: string } | undefined;
    log({
      requestId: c.get("requestId"),
      ...(identity === undefined ? {} : { role: identity.role }),
      method: c.req.method,
      route,
      status: c.res.status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
    });
  };
}
