// Tokens over HTTP: only a signed, current token from the configured issuer for this audience,
// carrying a known role, gets in. Everything else is a 401 (or 403 for a role the service does
// not know) problem, before any body is read or any row touched.
import { describe, expect, it } from "vitest";
import { registration } from "./fixtures.ts";
import { COORDINATOR, problemOf, useTestServer } from "./harness.ts";
import { unsignedToken } from "./issuer.ts";

const server = useTestServer({
  rateLimit: { limit: 1000, windowMs: 60_000 },
  corsOrigins: ["https://portal.example.org"],
});

const withToken = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });

async function expect401(response: Response, detail: RegExp): Promise<void> {
  expect(response.status).toBe(401);
  const problem = await problemOf(response);
  expect(problem.type).toBe("/problems/unauthenticated");
  expect(problem.detail).toMatch(detail);
  expect(response.headers.get("www-authenticate")).toMatch(/^Bearer realm="carer-service-api"/);
}

describe("bearer tokens", () => {
  it("refuses a request without a token, or with another scheme", async () => {
    await expect401(await server.request("/carers/anyone", {}, null), /Send a bearer token/);
    await expect401(
      await server.request("/carers/anyone", { headers: { authorization: "Basic dXNlcjpwdw==" } }),
      /not a well-formed/,
    );
  });

  it("refuses an expired token", async () => {
    const expired = await server.issuer.sign(COORDINATOR, {
      expiresAt: Math.floor(Date.now() / 1000) - 60,
    });
    await expect401(await server.request("/carers/anyone", withToken(expired)), /expired/);
  });

  it("refuses a token for another audience or from another issuer", async () => {
    for (const overrides of [
      { audience: "some-other-api" },
      { issuer: "https://idp.test.invalid/realms/other" },
    ]) {
      const token = await server.issuer.sign(COORDINATOR, overrides);
      await expect401(await server.request("/carers/anyone", withToken(token)), /not accepted/);
    }
  });

  it("refuses an unsigned token (alg: none) and a token signed by a key not in the JWKS", async () => {
    await expect401(
      await server.request("/carers/anyone", withToken(unsignedToken(COORDINATOR))),
      /not/,
    );
    const forged = await server.issuer.sign(COORDINATOR, { forged: true });
    await expect401(await server.request("/carers/anyone", withToken(forged)), /not accepted/);
  });

  it("refuses a tampered token: the payload changed to another role after signing", async () => {
    const token = await server.issuer.sign({ role: "analyst", subject: "a-1" });
    const [header, , signature] = token.split(".");
    const payload = Buffer.from(
      JSON.stringify({
        iss: "https://idp.test.invalid/realms/carers",
        aud: "carer-service-api",
        sub: "a-1",
        role: "coordinator",
        exp: Math.floor(Date.now() / 1000) + 600,
      }),
    ).toString("base64url");
    await expect401(
      await server.request("/carers/anyone", withToken(`${header}.${payload}.${signature}`)),
      /not accepted/,
    );
  });

  it("answers 403 for a valid token whose role this service does not know", async () => {
    const token = await server.issuer.sign(COORDINATOR, { claims: { role: "superuser" } });
    const response = await server.request("/carers/anyone", withToken(token));
    expect(response.status).toBe(403);
    expect((await problemOf(response)).type).toBe("/problems/forbidden");
  });

  it("does not read the body of an unauthenticated request", async () => {
    const response = await server.send("POST", "/carers", registration("a", 1), null);
    expect(response.status).toBe(401);
    expect((await server.request("/carers/a-carer-1")).status).toBe(404);
  });

  it("keeps /health and /openapi.json public", async () => {
    expect((await server.request("/health", {}, null)).status).toBe(200);
    expect((await server.request("/openapi.json", {}, null)).status).toBe(200);
  });
});

describe("hardening headers", () => {
  it("sends nosniff, no-store, a deny-all CSP and no framing on every response", async () => {
    for (const response of [
      await server.request("/carers/anyone"),
      await server.request("/carers/anyone", {}, null),
      await server.request("/health", {}, null),
    ]) {
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
      expect(response.headers.get("x-frame-options")).toBe("DENY");
      expect(response.headers.get("x-request-id")).toMatch(/^[\w-]+$/);
    }
  });

  it("allows CORS from the configured origin only", async () => {
    const preflight = (origin: string) =>
      server.request(
        "/carers/anyone",
        {
          method: "OPTIONS",
          headers: {
            origin,
            "access-control-request-method": "GET",
            "access-control-request-headers": "authorization",
          },
        },
        null,
      );
    const allowed = await preflight("https://portal.example.org");
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://portal.example.org");
    expect(allowed.headers.get("access-control-allow-headers")).toContain("authorization");
    const refused = await preflight("https://evil.example.com");
    expect(refused.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("per-identity rate limiting", () => {
  const limited = useTestServer({ rateLimit: { limit: 3, windowMs: 60_000 } });

  it("answers 429 with Retry-After once an identity passes its limit, and not for anyone else", async () => {
    const worker = { role: "support-worker", subject: "sw-busy" } as const;
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      statuses.push((await limited.request("/carers/anyone", {}, worker)).status);
    }
    expect(statuses).toEqual([404, 404, 404, 429]);
    const last = await limited.request("/carers/anyone", {}, worker);
    expect(last.status).toBe(429);
    expect((await problemOf(last)).type).toBe("/problems/too-many-requests");
    const retryAfter = Number(last.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const other = await limited.request("/carers/anyone", {}, { ...worker, subject: "sw-calm" });
    expect(other.status).toBe(404);
  });
});
