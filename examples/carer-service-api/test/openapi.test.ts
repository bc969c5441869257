import { describe, expect, it } from "vitest";
import { createApp } from "../src/app.ts";
import { readVoiceConfig } from "../src/config.ts";
import type { Database } from "../src/db/database.ts";
import { loadDirectory } from "../src/directory.ts";
import { acceptAnyToken } from "./issuer.ts";
import { toOpenApiPath } from "../src/openapi.ts";

const unused = (): never => {
  throw new Error("the OpenAPI test never touches the database");
};
const db: Database = {
  kind: "pglite",
  query: unused,
  exec: unused,
  transaction: unused,
  close: unused,
};

describe("the OpenAPI document", () => {
  const { app } = createApp({
    db,
    now: () => new Date("2026-11-22T09:00:00Z"),
    log: () => undefined,
    pseudonymKey: "k".repeat(32),
    directory: loadDirectory(),
    maxBodyBytes: 1024,
    uidDomain: "example.org",
    verifyToken: acceptAnyToken,
    rateLimit: { limit: 100, windowMs: 60_000 },
    corsOrigins: [],
    voice: readVoiceConfig({}),
  });

  it("lists exactly the routes the app serves, with a request body schema wherever one is read", async () => {
    const doc = (await (await app.request("/openapi.json")).json()) as {
      openapi: string;
      paths: Record<
        string,
        Record<string, { requestBody?: { content: Record<string, { schema: unknown }> } }>
      >;
    };
    expect(doc.openapi).toBe("3.1.0");
    const served = app.routes
      .filter((r) => r.method !== "ALL")
      .map((r) => `${r.method.toLowerCase()} ${toOpenApiPath(r.path)}`)
      .sort();
    const documented = Object.entries(doc.paths)
      .flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method} ${path}`))
      .sort();
    expect(documented).toEqual(served);
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        if (method === "get" || method === "delete") expect(op.requestBody, path).toBeUndefined();
        else
          expect(op.requestBody?.content["application/json"]?.schema, path).toEqual(
            expect.any(Object),
          );
      }
    }
  });

  it("describes request bodies with core's schemas, e.g. the carer's fields and the relationship's limits", async () => {
    const doc = (await (await app.request("/openapi.json")).json()) as {
      paths: {
        "/carers": {
          post: { requestBody: { content: { "application/json": { schema: unknown } } } };
        };
      };
    };
    const schema = doc.paths["/carers"].post.requestBody.content["application/json"].schema as {
      properties: {
        carer: { properties: Record<string, unknown>; additionalProperties: boolean };
        relationship: { properties: { hoursPerWeek: { maximum: number } } };
      };
    };
    expect(Object.keys(schema.properties.carer.properties)).toEqual(
      expect.arrayContaining(["id", "name", "postcode", "identifiedBy", "status"]),
    );
    expect(schema.properties.carer.additionalProperties).toBe(false);
    expect(schema.properties.relationship.properties.hoursPerWeek.maximum).toBe(168);
  });
});
