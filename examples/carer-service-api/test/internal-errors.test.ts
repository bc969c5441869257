import { describe, expect, it } from "vitest";
import { createApp } from "../src/app.ts";
import { readVoiceConfig } from "../src/config.ts";
import type { Database } from "../src/db/database.ts";
import { loadDirectory } from "../src/directory.ts";
import { acceptAnyToken } from "./issuer.ts";
import type { AccessLogEntry } from "../src/http/logging.ts";
import { problemOf } from "./harness.ts";

// A driver error quotes values, as PostgreSQL's do: it must reach neither the log nor the client.
const SECRET = "Synthetic Secret Name";
const failing = (): never => {
  throw Object.assign(new Error(`Key (name)=(${SECRET}) violates something`), { code: "XX000" });
};
const db: Database = {
  kind: "postgres",
  query: () => Promise.reject(Object.assign(new Error(`value ${SECRET}`), { code: "XX000" })),
  exec: failing,
  transaction: failing,
  close: () => Promise.resolve(),
};

describe("an unexpected database failure", () => {
  it("answers 500 problem+json without details and logs only the error's class and SQLSTATE", async () => {
    const logs: AccessLogEntry[] = [];
    const { app } = createApp({
      db,
      now: () => new Date("2026-11-22T09:00:00Z"),
      log: (entry) => logs.push(entry),
      pseudonymKey: "k".repeat(32),
      directory: loadDirectory(),
      maxBodyBytes: 1024,
      uidDomain: "example.org",
      verifyToken: acceptAnyToken,
      rateLimit: { limit: 100, windowMs: 60_000 },
      corsOrigins: [],
      voice: readVoiceConfig({}),
    });
    const response = await app.request("/carers/someone", {
      headers: { authorization: "Bearer any" },
    });
    expect(response.status).toBe(500);
    const problem = await problemOf(response);
    expect(problem).toEqual({
      type: "/problems/internal",
      title: "Something went wrong on our side",
      status: 500,
      detail: "The request could not be completed.",
      instance: "/carers/someone",
    });
    expect(logs).toEqual([
      {
        requestId: expect.any(String) as string,
        method: "GET",
        route: "error",
        status: 500,
        durationMs: 0,
        error: "Error XX000",
      },
      expect.objectContaining({
        role: "coordinator",
        method: "GET",
        route: "/carers/:carerId",
        status: 500,
      }),
    ]);
    expect(JSON.stringify(logs)).not.toContain("Synthetic");
  });
});
