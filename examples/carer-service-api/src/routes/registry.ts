import type { Context, Hono } from "hono";
import type { z } from "zod";

/** One documented operation: what the OpenAPI document says about a route. */
export interface RouteSpec {
  readonly method: "get" | "post" | "put";
  /** Hono path, e.g. `/carers/:carerId`. */
  readonly path: string;
  readonly operationId: string;
  readonly summary: string;
  /** The JSON request body's schema, when the route takes one. */
  readonly body?: z.ZodType | undefined;
  /** Query parameters, each with a one-line description. */
  readonly query?: Readonly<Record<string, string>> | undefined;
  /** Success status and what it returns. */
  readonly success: { readonly status: 200 | 201; readonly description: string };
  /** Media type of the success response; JSON unless said. */
  readonly produces?: "application/json" | "text/calendar" | undefined;
  /** Problem statuses the route can answer with (400, 413, 415 are added for bodies). */
  readonly problems: readonly number[];
}

type Handler = (c: Context) => Promise<Response> | Response;

/** Registers routes on the app and remembers their specs for the OpenAPI document. */
export class Routes {
  readonly specs: RouteSpec[] = [];
  readonly #app: Hono;

  constructor(app: Hono) {
    this.#app = app;
  }

  add(spec: RouteSpec, handler: Handler): void {
    this.specs.push(spec);
    this.#app.on(spec.method.toUpperCase(), spec.path, handler);
  }
}
