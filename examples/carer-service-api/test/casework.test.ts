// Casework (issue 18) over HTTP and as the database's app role: support contacts, onward
// referrals with their follow-ups and outcomes, key workers and caseloads, the suppressed
// summary, subject access and erasure; then row-level security with the handler checks
// bypassed, and bad input.
import { beforeAll, describe, expect, it } from "vitest";
import type { Identity } from "../src/auth/roles.ts";
import { ROLES } from "../src/auth/roles.ts";
import { scopeDatabase } from "../src/db/scope.ts";
import { CAFE_OFFER, onwardReferralBody, registration, supportContactBody } from "./fixtures.ts";
import { COORDINATOR, problemOf, useTestServer, type Problem } from "./harness.ts";

const TABLES = ["support_contacts", "onward_referrals", "key_worker_assignments"] as const;

const server = useTestServer({
  extraRoutes: (routes) => {
    // No role filter beyond "anyone signed in", no WHERE clause, no 404 checks: only RLS.
    routes.add(
      {
        method: "get",
        path: "/test-only/casework",
        operationId: "testOnlyCasework",
        summary: "Test only: every row of the casework tables, with no handler checks.",
        roles: ROLES,
        purpose: "direct_care",
        success: { status: 200, description: "What RLS lets through." },
        problems: [],
      },
      async (c, ctx) => {
        const seen: Record<string, string[]> = {};
        for (const table of TABLES) {
          const rows = await ctx.db.query<{ carer_id: string }>(
            `SELECT carer_id FROM ${table} ORDER BY carer_id`,
          );
          seen[table] = rows.map((r) => r.carer_id);
        }
        return c.json(seen);
      },
    );
  },
});

const W1: Identity = { role: "support-worker", subject: "sw-k1" };
const W2: Identity = { role: "support-worker", subject: "sw-k2" };
const CARER: Identity = { role: "carer", subject: "k-carer-1" };
const ANALYST: Identity = { role: "analyst", subject: "analyst-k" };
const MEMBER: Identity = { role: "circle-member", subject: "k-friend" };
const NOTES = ["Synthetic contact note", "Synthetic referral note"];

async function ok(response: Response, status = 200): Promise<unknown> {
  const text = await response.text();
  expect(response.status, text).toBe(status);
  return JSON.parse(text) as unknown;
}

beforeAll(async () => {
  // k-carer-1 and k-carer-2 are registered by W1 (on W1's caseload); k-carer-3 by a coordinator.
  for (const n of [1, 2])
    await ok(await server.send("POST", "/carers", registration("k", n), W1), 201);
  await ok(await server.send("POST", "/carers", registration("k", 3)), 201);
  await ok(
    await server.send("PUT", "/cared-for/k-person-1/circle", {
      id: "k-circle-1",
      caredForId: "k-person-1",
      members: [
        { kind: "friend", id: "k-friend", name: "Synthetic friend", mayView: ["about_me"] },
      ],
    }),
  );
  for (const n of [1, 2]) {
    const carer = `k-carer-${n}`;
    await ok(
      await server.send(
        "POST",
        `/carers/${carer}/support-contacts`,
        supportContactBody(`k-sc-${n}`, carer),
        W1,
      ),
      201,
    );
    await ok(
      await server.send(
        "POST",
        `/carers/${carer}/onward-referrals`,
        onwardReferralBody(`k-or-${n}`, carer),
        W1,
      ),
      201,
    );
  }
  await ok(
    await server.send("POST", "/carers/k-carer-3/support-contacts", {
      ...supportContactBody("k-sc-3", "k-carer-3"),
      kind: "crisis",
    }),
    201,
  );
});

describe("support contacts and onward referrals", () => {
  it("records a contact as given by the caller, and lists the carer's contacts", async () => {
    const listed = (await ok(
      await server.request("/carers/k-carer-1/support-contacts", {}, W1),
    )) as {
      contacts: Record<string, unknown>[];
    };
    expect(listed.contacts).toEqual([
      { ...supportContactBody("k-sc-1", "k-carer-1"), workerId: "sw-k1" },
    ]);
  });

  it("books the follow-up 5 working days on, across Easter's bank holidays", async () => {
    const listed = (await ok(
      await server.request("/carers/k-carer-1/onward-referrals", {}, W1),
    )) as {
      referrals: Record<string, unknown>[];
    };
    // Wednesday 1 April 2026: Good Friday (3rd) and Easter Monday (6th) are skipped.
    expect(listed.referrals).toEqual([
      {
        ...onwardReferralBody("k-or-1", "k-carer-1"),
        workerId: "sw-k1",
        offerId: CAFE_OFFER,
        followUpOn: ["2026-04-10"],
      },
    ]);
  });

  it("records an outcome once: a second is a 409, and a date before the referral a 422", async () => {
    const path = "/carers/k-carer-1/onward-referrals/k-or-1/outcome";
    const early = await problemOf(
      await server.send("POST", path, { outcome: "accepted", outcomeOn: "2026-03-01" }, W1),
    );
    expect(early.errors?.map((e) => [e.field, e.code])).toEqual([
      ["outcomeOn", "end_before_start"],
    ]);
    const recorded = await ok(
      await server.send("POST", path, { outcome: "no_response", outcomeOn: "2026-04-10" }, W1),
    );
    expect(recorded).toMatchObject({
      id: "k-or-1",
      outcome: "no_response",
      outcomeOn: "2026-04-10",
    });
    const again = await problemOf(
      await server.send("POST", path, { outcome: "accepted", outcomeOn: "2026-04-14" }, W1),
    );
    expect(again.status).toBe(409);
  });
});

describe("key workers and caseloads", () => {
  it("makes a support worker's registrations their caseload, from the day of registration", async () => {
    const own = (await ok(await server.request("/caseload", {}, W1))) as {
      caseloads: { workerId: string; carerIds: string[] }[];
    };
    expect(own.caseloads).toEqual([{ workerId: "sw-k1", carerIds: ["k-carer-1", "k-carer-2"] }]);
    const refused = await problemOf(await server.request("/caseload?worker=sw-k2", {}, W1));
    expect(refused.status).toBe(403);
  });

  it("moves a carer to the new key worker's caseload: the old worker gets 404, the new one sees them", async () => {
    const moved = await ok(
      await server.send("PUT", "/carers/k-carer-2/key-worker", { workerId: "sw-k2" }),
    );
    expect(moved).toMatchObject({
      carerId: "k-carer-2",
      keyWorker: "sw-k2",
      assignments: [
        { carerId: "k-carer-2", workerId: "sw-k1", until: expect.any(String) as string },
        { carerId: "k-carer-2", workerId: "sw-k2" },
      ],
    });
    for (const path of ["/carers/k-carer-2", "/carers/k-carer-2/support-contacts"]) {
      expect((await problemOf(await server.request(path, {}, W1))).status, path).toBe(404);
      expect((await server.request(path, {}, W2)).status, path).toBe(200);
    }
    const caseload = async (as: Identity, query = "") =>
      ((await ok(await server.request(`/caseload${query}`, {}, as))) as { caseloads: unknown[] })
        .caseloads;
    expect(await caseload(W1)).toEqual([{ workerId: "sw-k1", carerIds: ["k-carer-1"] }]);
    expect(await caseload(W2)).toEqual([{ workerId: "sw-k2", carerIds: ["k-carer-2"] }]);
    expect(await caseload(COORDINATOR, "?worker=sw-k2")).toEqual([
      { workerId: "sw-k2", carerIds: ["k-carer-2"] },
    ]);
    expect(await caseload(COORDINATOR)).toEqual([
      { workerId: "sw-k1", carerIds: ["k-carer-1"] },
      { workerId: "sw-k2", carerIds: ["k-carer-2"] },
    ]);
  });

  it("naming the same key worker again changes nothing; a start before the open one is a 422", async () => {
    const same = (await ok(
      await server.send("PUT", "/carers/k-carer-2/key-worker", { workerId: "sw-k2" }),
    )) as { assignments: unknown[] };
    expect(same.assignments).toHaveLength(2);
    const early = await problemOf(
      await server.send("PUT", "/carers/k-carer-2/key-worker", {
        workerId: "sw-k1",
        from: "2026-01-01",
      }),
    );
    expect(early.errors?.map((e) => [e.field, e.code])).toEqual([["from", "end_before_start"]]);
  });
});

describe("the casework summary", () => {
  it("counts by kind and month, per worker and service, suppressed, with no carer id and no note", async () => {
    for (const as of [COORDINATOR, ANALYST]) {
      const text = await (await server.request("/casework/summary", {}, as)).text();
      for (const secret of ["k-carer", "k-sc-", ...NOTES]) expect(text).not.toContain(secret);
      const summary = JSON.parse(text) as {
        totals: { rows: string[]; cells: { display: string }[][] };
        byMonth: { rows: string[]; columns: string[] };
        byWorker: { rows: string[] };
        byService: { rows: string[] };
      };
      // Three contacts with three carers: small numbers, so every count shows as "*".
      expect(summary.totals.rows).toEqual(["Carers supported", "Support contacts"]);
      expect(summary.totals.cells.flat().map((c) => c.display)).toEqual(["*", "*"]);
      expect(summary.byMonth.columns).toEqual(["2026-03"]);
      expect(summary.byMonth.rows).toContain("emotional");
      expect([...summary.byWorker.rows].sort()).toEqual(["staff-coordinator-1", "sw-k1"]);
      expect(summary.byService.rows).toEqual(["hospital-carers"]);
    }
  });

  it("reads contacts through casework_contacts(): ordinals for carers, no notes, staff leads and analysts only", async () => {
    const read = (as: Identity) =>
      scopeDatabase(server.db, as).query<{ c: Record<string, unknown> }>(
        "SELECT casework_contacts() AS c",
      );
    for (const as of [W1, CARER, MEMBER]) expect(await read(as), as.role).toEqual([]);
    const rows = (await read(ANALYST)).map((r) => r.c);
    expect(rows.map((r) => r["carerId"])).toEqual(["carer-1", "carer-2", "carer-3"]);
    expect(rows[0]).toEqual({
      id: "contact-1",
      carerId: "carer-1",
      workerId: "sw-k1",
      serviceId: "hospital-carers",
      date: "2026-03-02",
      mode: "ward_visit",
      kind: "emotional",
      durationMinutes: 30,
    });
  });
});

describe("row-level security on casework, with the handler checks bypassed", () => {
  it("shows each role exactly its rows: caseload, whole service, own; none to analysts or circle members", async () => {
    const expected: [Identity, string[]][] = [
      [COORDINATOR, ["k-carer-1", "k-carer-2", "k-carer-3"]],
      [W1, ["k-carer-1"]],
      [W2, ["k-carer-2"]],
      [CARER, ["k-carer-1"]],
      [ANALYST, []],
      [MEMBER, []],
    ];
    for (const [as, carers] of expected) {
      const seen = (await ok(await server.request("/test-only/casework", {}, as))) as Record<
        (typeof TABLES)[number],
        string[]
      >;
      const contacts = [...new Set(seen.support_contacts)];
      expect(contacts, as.subject).toEqual(carers);
      expect([...new Set(seen.onward_referrals)], as.subject).toEqual(
        carers.filter((c) => c !== "k-carer-3"),
      );
      expect([...new Set(seen.key_worker_assignments)], as.subject).toEqual(
        carers.filter((c) => c !== "k-carer-3"),
      );
    }
  });

  it("refuses inserts outside the caller's scope or in another worker's name, and changes by the wrong role", async () => {
    const worker = scopeDatabase(server.db, W1);
    for (const sql of [
      "INSERT INTO support_contacts (id, carer_id, worker_id, record) VALUES ('k-x1', 'k-carer-2', 'sw-k1', '{}')",
      "INSERT INTO support_contacts (id, carer_id, worker_id, record) VALUES ('k-x2', 'k-carer-1', 'sw-k2', '{}')",
      "INSERT INTO onward_referrals (id, carer_id, worker_id, record) VALUES ('k-x3', 'k-carer-3', 'sw-k1', '{}')",
      "INSERT INTO key_worker_assignments (carer_id, worker_id, from_on) VALUES ('k-carer-1', 'sw-k2', '2026-03-02')",
      "UPDATE support_contacts SET record = '{}'",
      "DELETE FROM onward_referrals",
    ])
      await expect(worker.query(sql), sql).rejects.toMatchObject({ code: "42501" });
    const ended = await worker.query(
      "UPDATE key_worker_assignments SET until_on = '2026-12-01' WHERE until_on IS NULL RETURNING id",
    );
    expect(ended).toEqual([]);
    const carer = scopeDatabase(server.db, CARER);
    await expect(
      carer.query(
        "INSERT INTO support_contacts (id, carer_id, worker_id, record) VALUES ('k-x4', 'k-carer-1', 'k-carer-1', '{}')",
      ),
    ).rejects.toMatchObject({ code: "42501" });
  });
});

describe("subject access and erasure", () => {
  it("exports the carer's support contacts, onward referrals and key workers", async () => {
    const held = (await ok(await server.request("/carers/k-carer-1/export", {}, CARER))) as Record<
      string,
      unknown[]
    >;
    expect(held["supportContacts"]).toMatchObject([{ id: "k-sc-1" }]);
    expect(held["onwardReferrals"]).toMatchObject([{ id: "k-or-1", outcome: "no_response" }]);
    expect(held["keyWorkers"]).toMatchObject([{ carerId: "k-carer-1", workerId: "sw-k1" }]);
  });

  it("on erasure, strips the notes but keeps what the summary counts", async () => {
    await ok(await server.request("/carers/k-carer-1", { method: "DELETE" }));
    const [row] = await server.db.query<{ dump: string; open: number }>(
      `SELECT concat_ws(' ', (SELECT record::text FROM support_contacts WHERE carer_id = 'k-carer-1'),
                        (SELECT record::text FROM onward_referrals WHERE carer_id = 'k-carer-1')) AS dump,
              (SELECT count(*)::int FROM key_worker_assignments
                WHERE carer_id = 'k-carer-1' AND until_on IS NULL) AS open`,
    );
    for (const note of NOTES) expect(row?.dump).not.toContain(note);
    for (const kept of ['"kind": "emotional"', '"durationMinutes": 30', '"outcome": "no_response"'])
      expect(row?.dump).toContain(kept);
    expect(row?.open).toBe(0);
    const rows = await scopeDatabase(server.db, ANALYST).query("SELECT casework_contacts()");
    expect(rows).toHaveLength(3);
  });
});

describe("bad casework input", () => {
  const ECHO = "Synthetic-Q";

  /** Sends a body, expects a problem of this status, checks no echo, returns its fields. */
  async function refused(
    method: "POST" | "PUT",
    path: string,
    body: unknown,
    status = 422,
    as: Identity = COORDINATOR,
  ): Promise<string[]> {
    const problem: Problem = await problemOf(await server.send(method, path, body, as));
    expect(problem.status, path).toBe(status);
    const text = JSON.stringify(problem);
    for (const value of [ECHO, "2099"]) expect(text, path).not.toContain(value);
    return (problem.errors ?? []).map((e) => e.field).sort();
  }

  it("names each bad field of a support contact: unknown, control character, future, another carer, worker", async () => {
    const path = "/carers/k-carer-3/support-contacts";
    const good = supportContactBody("k-sc-b", "k-carer-3");
    expect(await refused("POST", path, { ...good, colour: ECHO })).toEqual([""]);
    expect(await refused("POST", path, { ...good, workerId: ECHO })).toEqual([""]);
    expect(await refused("POST", path, { ...good, notes: `${ECHO}\u0000` })).toEqual(["notes"]);
    expect(await refused("POST", path, { ...good, date: "2099-01-02" })).toEqual(["date"]);
    expect(await refused("POST", path, { ...good, kind: ECHO })).toEqual(["kind"]);
    expect(await refused("POST", path, { ...good, durationMinutes: 0 })).toEqual([
      "durationMinutes",
    ]);
    expect(await refused("POST", path, { ...good, carerId: "k-carer-2" })).toEqual(["carerId"]);
    await ok(await server.send("POST", path, good), 201);
    await refused("POST", path, good, 409);
  });

  it("names each bad field of an onward referral: unknown offer, future, control character, another carer", async () => {
    const path = "/carers/k-carer-3/onward-referrals";
    const good = onwardReferralBody("k-or-b", "k-carer-3");
    expect(await refused("POST", path, { ...good, offerId: `${ECHO}-offer` })).toEqual(["offerId"]);
    expect(await refused("POST", path, { ...good, referredOn: "2099-01-02" })).toEqual([
      "referredOn",
    ]);
    expect(await refused("POST", path, { ...good, notes: `${ECHO}\u0007` })).toEqual(["notes"]);
    expect(await refused("POST", path, { ...good, outcome: "accepted" })).toEqual([""]);
    expect(await refused("POST", path, { ...good, carerId: "k-carer-2" })).toEqual(["carerId"]);
    await ok(await server.send("POST", path, good), 201);
    await refused("POST", path, good, 409);
    const outcome = `${path}/k-or-b/outcome`;
    expect(await refused("POST", outcome, { outcome: ECHO, outcomeOn: "2026-04-02" })).toEqual([
      "outcome",
    ]);
    expect(
      await refused("POST", outcome, { outcome: "accepted", outcomeOn: "2099-01-02" }),
    ).toEqual(["outcomeOn"]);
  });

  it("names each bad field of a key worker and of the caseload query", async () => {
    const path = "/carers/k-carer-3/key-worker";
    expect(await refused("PUT", path, { workerId: `${ECHO}\u0000` })).toEqual(["workerId"]);
    expect(await refused("PUT", path, { workerId: "sw-k1", from: "2099-01-02" })).toEqual(["from"]);
    expect(await refused("PUT", path, { workerId: "sw-k1", until: "2026-01-01" })).toEqual([""]);
    const query = await problemOf(await server.request("/caseload?worker=%00"));
    expect(query.errors?.map((e) => e.field)).toEqual(["worker"]);
  });

  it("answers 404 for a casework record or carer that does not exist", async () => {
    for (const path of ["/carers/nobody/support-contacts", "/carers/nobody/onward-referrals"])
      expect((await problemOf(await server.request(path))).status, path).toBe(404);
    await refused("PUT", "/carers/nobody/key-worker", { workerId: "sw-k1" }, 404);
    await refused(
      "POST",
      "/carers/k-carer-3/onward-referrals/nobody/outcome",
      { outcome: "accepted", outcomeOn: "2026-04-02" },
      404,
    );
    // Another carer's referral, named under this carer, is not found either.
    await refused(
      "POST",
      "/carers/k-carer-3/onward-referrals/k-or-2/outcome",
      { outcome: "accepted", outcomeOn: "2026-04-02" },
      404,
    );
  });
});
