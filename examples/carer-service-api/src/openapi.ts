import { z } from "zod";
import { PROBLEM_KINDS } from "./http/problem.ts";
import type { RouteSpec } from "./routes/registry.ts";

const PROBLEM_SCHEMA = {
  type: "object",
  required: ["type", "title", "status", "detail", "instance"],
  properties: {
    type: { type: "string", description: "A URI reference under /problems/ naming the kind." },
    title: { type: "string" },
    status: { type: "integer" },
    detail: { type: "string" },
    instance: { type: "string", description: "The request path." },
    errors: {
      type: "array",
      items: {
        type: "object",
        required: ["field", "pointer", "code", "detail"],
        properties: {
          field: { type: "string", description: "Dotted path, e.g. carer.postcode." },
          pointer: {
            type: "string",
            description: "JSON Pointer into the body, e.g. #/carer/postcode.",
          },
          code: { type: "string" },
          detail: { type: "string" },
        },
      },
    },
  },
};

/** `/carers/:carerId` → `/carers/{carerId}`. */
export const toOpenApiPath = (path: string): string => path.replace(/:([A-Za-z]+)/g, "{$1}");

const titleOf = (status: number): string =>
  Object.values(PROBLEM_KINDS).find((k) => k.status === status)?.title ?? "Problem";

/**
 * The OpenAPI 3.1 document, generated from the registered routes: request bodies are the same
 * zod schemas the handlers validate with (core's entity schemas inside), converted with zod 4's
 * `z.toJSONSchema` (JSON Schema 2020-12, which OpenAPI 3.1 uses). Schemas are described as
 * input (what a client sends), so transforms such as postcode normalisation show as strings.
 */
export function buildOpenApi(specs: readonly RouteSpec[]): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const spec of specs) {
    const path = toOpenApiPath(spec.path);
    const parameters = [
      ...[...spec.path.matchAll(/:([A-Za-z]+)/g)].map((m) => ({
        name: m[1],
        in: "path",
        required: true,
        schema: { type: "string" },
      })),
      ...Object.entries(spec.query ?? {}).map(([name, description]) => ({
        name,
        in: "query",
        required: false,
        description,
        schema: { type: "string" },
      })),
    ];
    const problems = [
      401,
      403,
      429,
      ...(spec.body === undefined ? [] : [400, 413, 415]),
      ...spec.problems,
    ];
    const responses: Record<string, unknown> = {
      [String(spec.success.status)]: {
        description: spec.success.description,
        content: { [spec.produces ?? "application/json"]: {} },
      },
    };
    for (const status of [...new Set([...problems, 500])].sort((a, b) => a - b)) {
      responses[String(status)] = {
        description: titleOf(status),
        content: {
          "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } },
        },
      };
    }
    (paths[path] ??= {})[spec.method] = {
      operationId: spec.operationId,
      summary: spec.summary,
      description: `Roles: ${spec.roles.join(", ")}. Purpose recorded in the audit: ${spec.purpose}.`,
      security: [{ bearer: [] }],
      ...(parameters.length === 0 ? {} : { parameters }),
      ...(spec.body === undefined
        ? {}
        : {
            requestBody: {
              required: true,
              content: {
                "application/json": {
                  schema: z.toJSONSchema(spec.body, {
                    io: "input",
                    unrepresentable: "any",
                    target: "draft-2020-12",
                  }),
                },
              },
            },
          }),
      responses,
    };
  }
  paths["/openapi.json"] = {
    get: {
      operationId: "getOpenApi",
      summary: "This document.",
      responses: { "200": { description: "OpenAPI 3.1", content: { "application/json": {} } } },
    },
  };
  paths["/health"] = {
    get: {
      operationId: "getHealth",
      summary: "Liveness.",
      responses: { "200": { description: "ok", content: { "application/json": {} } } },
    },
  };
  return {
    openapi: "3.1.0",
    info: {
      title: "CarerKit example: carer service API",
      version: "0.0.0",
      description:
        "An example carers' service built on the CarerKit SDK. Synthetic data only. Errors are RFC 9457 problem details.",
    },
    servers: [{ url: "/" }],
    paths,
    components: {
      schemas: { Problem: PROBLEM_SCHEMA },
      securitySchemes: {
        bearer: {
          type: "http",
          scheme: "bearer",
          bearerFormat: "JWT",
          description:
            "An OIDC-style JWT from the configured issuer, for this API's audience, signed with a key in its JWKS, carrying a `role` claim.",
        },
      },
    },
  };
}
