// Data rights over HTTP: rectification with optimistic concurrency (ETag / If-Match), erasure
// that removes personal data but keeps aggregates and leaves a tombstone in the audit trail,
// subject access, and the retention command.
import { beforeAll, describe, expect, it } from "vitest";
import type { Identity } from "../src/auth/roles.ts";
import { applyRetention } from "../src/retention.ts";
import {
  breakBody,
  emergencyPlanBody,
  programmeBody,
  referralBody,
  registration,
  safeguardingConcernBody,
  secretsOf,
  swemwbs,
} from "./fixtures.ts";
import { COORDINATOR, problemOf, useTestServer } from "./harness.ts";

// Programme sessions run from January 2026; "now" is after the last one.
const NOW = new Date("2026-06-01T09:00:00Z");
const server = useTestServer({ now: () => NOW });
const people = Array.from({ length: 10 }, (_, i) => registration("r", i + 1));
const SELF: Identity = { role: "carer", subject: "r-carer-1" };

beforeAll(async () => {
  expect((await server.send("POST", "/programmes", programmeBody("r-prog", 20))).status).toBe(201);
  for (const [i, body] of people.entries()) {
    const n = i + 1;
    expect((await server.send("POST", "/carers", body)).status).toBe(201);
    expect(
      (await server.send("POST", "/programmes/r-prog/enrolments", { carerId: `r-carer-${n}` }))
        .status,
    ).toBe(201);
    for (const [id, on, value] of [
      [`r-pre-${n}`, "2026-01-02", 2],
      [`r-post-${n}`, "2026-03-20", n % 2 === 0 ? 4 : 3],
    ] as const) {
      const scored = await server.send("POST", "/assessments", {
        id,
        carerId: `r-carer-${n}`,
        instrumentId: "swemwbs",
        assessedOn: on,
        answers: swemwbs(value),
      });
      expect(scored.status).toBe(201);
    }
  }
  await server.send("POST", "/consents", {
    id: "r-consent-1",
    subjectId: "r-carer-1",
    purpose: "evaluation",
    scope: ["assessments"],
    givenAt: "2026-01-01T00:00:00Z",
    method: "written",
  });
});

const patch = (path: string, body: unknown, ifMatch?: string, as?: Identity) =>
  server.request(
    path,
    {
      method: "PATCH",
      headers: {
        "content-type": "application/merge-patch+json",
        ...(ifMatch === undefined ? {} : { "if-match": ifMatch }),
      },
      body: JSON.stringify(body),
    },
    as,
  );

describe("rectification", () => {
  it("applies a merge patch when If-Match holds the current ETag, and returns the next ETag", async () => {
    const read = await server.request("/carers/r-carer-2");
    const etag = read.headers.get("etag") ?? "";
    expect(etag).toMatch(/^"v\d+"$/);
    const response = await patch(
      "/carers/r-carer-2",
      { name: { preferred: "Syn" }, contact: { okToLeaveMessage: false } },
      etag,
    );
    expect(response.status).toBe(200);
    const next = response.headers.get("etag");
    expect(next).not.toBe(etag);
    const { carer } = (await response.json()) as {
      carer: { name: { full: string; preferred: string }; contact: Record<string, unknown> };
    };
    expect(carer.name).toEqual({ full: "Synthetic Carer R 2", preferred: "Syn" });
    expect(carer.contact).toEqual({
      phone: "01632 960102",
      preferredMethod: "phone",
      okToLeaveMessage: false,
    });
    expect((await server.request("/carers/r-carer-2")).headers.get("etag")).toBe(next);
  });

  it("answers 412 for a stale ETag and changes nothing", async () => {
    const etag = (await server.request("/carers/r-carer-3")).headers.get("etag") ?? "";
    expect((await patch("/carers/r-carer-3", { notes: "Synthetic first" }, etag)).status).toBe(200);
    const stale = await patch("/carers/r-carer-3", { notes: "Synthetic second" }, etag);
    expect(stale.status).toBe(412);
    expect((await problemOf(stale)).type).toBe("/problems/precondition-failed");
    const now = (await (await server.request("/carers/r-carer-3")).json()) as {
      carer: { notes: string };
    };
    expect(now.carer.notes).toBe("Synthetic first");
  });

  it("answers 428 without If-Match, and 422 for an invalid result or a changed id", async () => {
    const missing = await patch("/carers/r-carer-4", { notes: "x" });
    expect(missing.status).toBe(428);
    const etag = (await server.request("/carers/r-carer-4")).headers.get("etag") ?? "";
    for (const body of [{ id: "someone-else" }, { status: "asleep" }, { name: null }]) {
      const response = await patch("/carers/r-carer-4", body, etag);
      expect(response.status, JSON.stringify(body)).toBe(422);
    }
  });

  it("lets a carer correct their own record", async () => {
    const read = await server.request("/carers/r-carer-1", {}, SELF);
    const etag = read.headers.get("etag") ?? "";
    const response = await patch(
      "/carers/r-carer-1",
      { communication: { preferredLanguage: "cy" } },
      etag,
      SELF,
    );
    expect(response.status).toBe(200);
  });
});

describe("subject access", () => {
  it("exports everything held about the carer, including who accessed their record", async () => {
    for (const [path, body, as] of [
      ["/carers/r-carer-1/referrals", referralBody("r-referral-1", "r-carer-1"), undefined],
      [
        "/carers/r-carer-1/emergency-plan",
        emergencyPlanBody("r-plan-1", "r-carer-1", "r-person-1"),
        SELF,
      ],
      ["/carers/r-carer-1/breaks", breakBody("r-break-1", "r-carer-1"), SELF],
    ] as const) {
      const method = path.endsWith("emergency-plan") ? "PUT" : "POST";
      expect((await server.send(method, path, body, as)).status, path).toBeLessThan(300);
    }
    const response = await server.request("/carers/r-carer-1/export", {}, SELF);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toContain("attachment");
    const held = (await response.json()) as {
      carer: { id: string; name: { full: string } };
      caredFor: { id: string }[];
      relationships: unknown[];
      consents: { id: string }[];
      assessments: { id: string; answers: Record<string, number> }[];
      enrolments: { programmeId: string }[];
      referrals: { id: string; history: unknown[] }[];
      emergencyPlan: { id: string } | null;
      breaks: { id: string }[];
      accessLog: { actorRole: string; action: string }[];
    };
    expect(held.referrals.map((r) => r.id)).toEqual(["r-referral-1"]);
    expect(held.referrals[0]?.history).toEqual([]);
    expect(held.emergencyPlan?.id).toBe("r-plan-1");
    expect(held.breaks.map((b) => b.id)).toEqual(["r-break-1"]);
    expect(held.carer.name.full).toBe("Synthetic Carer R 1");
    expect(held.caredFor.map((p) => p.id)).toEqual(["r-person-1"]);
    expect(held.relationships).toHaveLength(1);
    expect(held.consents.map((c) => c.id)).toEqual(["r-consent-1"]);
    expect(held.assessments.map((a) => a.id)).toEqual(["r-pre-1", "r-post-1"]);
    expect(held.assessments[0]?.answers).toEqual(swemwbs(2));
    expect(held.enrolments).toEqual([{ programmeId: "r-prog", status: "enrolled" }]);
    expect(held.accessLog.map((e) => `${e.actorRole} ${e.action}`)).toEqual(
      expect.arrayContaining(["coordinator create", "carer read", "carer update"]),
    );
  });

  it("says in every export, concern or none, that safeguarding records are reviewed separately", async () => {
    const without = (await (await server.request("/carers/r-carer-2/export")).json()) as {
      reviewedSeparately: { records: string }[];
    };
    const concern = safeguardingConcernBody("r-sg-1", "r-carer-1", COORDINATOR.subject);
    expect(
      (await server.send("POST", "/carers/r-carer-1/safeguarding-concerns", concern)).status,
    ).toBe(201);
    const response = await server.request("/carers/r-carer-1/export", {}, SELF);
    const text = await response.text();
    const withConcern = JSON.parse(text) as typeof without;
    expect(withConcern.reviewedSeparately).toEqual(without.reviewedSeparately);
    expect(withConcern.reviewedSeparately.map((r) => r.records)).toEqual(["safeguarding_concerns"]);
    expect(text).not.toContain("r-sg-1");
    expect(text).not.toContain(String(concern["actionTaken"]));
  });
});

describe("erasure", () => {
  it("removes the carer's personal data, keeps the evaluation's aggregates and leaves a tombstone", async () => {
    const before = await (await server.request("/programmes/r-prog/evaluation")).json();
    expect(JSON.stringify(before)).toContain('"n":10');

    const erased = await server.request("/carers/r-carer-5", { method: "DELETE" });
    expect(erased.status).toBe(200);
    const after = await (await server.request("/programmes/r-prog/evaluation")).json();
    expect(after).toEqual(before);

    expect((await server.request("/carers/r-carer-5")).status).toBe(404);
    expect((await server.request("/carers/r-carer-5/export")).status).toBe(404);
    expect((await server.request("/carers/r-carer-5", { method: "DELETE" })).status).toBe(404);

    // Straight from the database: no row about this carer or their person holds a personal value.
    const secrets = secretsOf([people[4]!]).filter((s) => !/^r-(carer|person)-5$/.test(s));
    for (const table of [
      "carers",
      "cared_for_people",
      "caring_relationships",
      "consents",
      "assessments",
      "audit_events",
    ]) {
      const [row] = await server.db.query<{ dump: string | null }>(
        `SELECT string_agg(row_to_json(t)::text, '\n') AS dump FROM ${table} t
          WHERE row_to_json(t)::text ~ 'r-(carer|person)-5"'`,
      );
      for (const secret of secrets) expect(row?.dump ?? "", table).not.toContain(secret);
      if (table === "carers") expect(row?.dump).toMatch(/"erased": ?true/);
    }
    const [assessment] = await server.db.query<{ answers: unknown; total: string }>(
      "SELECT answers, total::text AS total FROM assessments WHERE id = 'r-post-5'",
    );
    expect(assessment).toEqual({ answers: {}, total: "21" });

    const log = (await (await server.request("/carers/r-carer-5/access-log")).json()) as {
      events: { action: string; actorRole: string; purpose: string }[];
    };
    expect(log.events.at(-1)).toEqual(
      expect.objectContaining({ action: "erase", actorRole: "coordinator", purpose: "erasure" }),
    );
    expect(log.events.length).toBeGreaterThan(3);
  });
});

describe("retention", () => {
  it("pseudonymises records closed longer ago than the period, and only those", async () => {
    for (const [id, changed] of [
      ["r-carer-6", "2016-05-01"],
      ["r-carer-7", "2025-05-01"],
    ] as const) {
      const etag = (await server.request(`/carers/${id}`)).headers.get("etag") ?? "";
      const closed = await patch(
        `/carers/${id}`,
        { status: "former", statusChangedOn: changed },
        etag,
      );
      expect(closed.status).toBe(200);
    }
    const done = await applyRetention(server.db, { years: 8 }, { now: NOW, runId: "run-1" });
    expect(done).toEqual(["r-carer-6"]);
    expect((await server.request("/carers/r-carer-6")).status).toBe(404);
    expect((await server.request("/carers/r-carer-7")).status).toBe(200);
    const log = (await (await server.request("/carers/r-carer-6/access-log")).json()) as {
      events: { action: string; actor: string; requestId: string }[];
    };
    expect(log.events.at(-1)).toEqual(
      expect.objectContaining({
        action: "retention_pseudonymise",
        actor: "retention-command",
        requestId: "run-1",
      }),
    );
    expect(await applyRetention(server.db, { years: 8 }, { now: NOW, runId: "run-2" })).toEqual([]);
  });

  it("refuses a retention period that is not a whole number of years from 1 to 100", async () => {
    for (const years of [0, 1.5, 101, Number.NaN]) {
      await expect(
        applyRetention(server.db, { years }, { now: NOW, runId: "bad" }),
      ).rejects.toThrow(/retention years/);
    }
  });
});
