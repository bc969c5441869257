// Break-glass access (issue 18): a support worker off the caseload asks, with a reason, for four
// hours' read access to a carer; row-level security honours the grant on reads only, against
// the request time the API passes (a test clock here); coordinators review every grant.
import { beforeAll, describe, expect, it } from "vitest";
import type { Identity } from "../src/auth/roles.ts";
import { scopeDatabase } from "../src/db/scope.ts";
import { registration, supportContactBody } from "./fixtures.ts";
import { problemOf, useTestServer } from "./harness.ts";

let clock = new Date("2026-11-02T09:00:00Z");
const server = useTestServer({ now: () => clock });

const OWNER: Identity = { role: "support-worker", subject: "sw-g1" };
const COVER: Identity = { role: "support-worker", subject: "sw-g2" };
const REASON = "Synthetic reason: covering sw-g1's caseload out of hours";

const status = async (path: string, as: Identity): Promise<number> => {
  const response = await server.request(path, {}, as);
  await response.arrayBuffer();
  return response.status;
};

beforeAll(async () => {
  expect((await server.send("POST", "/carers", registration("g", 1), OWNER)).status).toBe(201);
  const contact = supportContactBody("g-sc-1", "g-carer-1");
  const recorded = await server.send("POST", "/carers/g-carer-1/support-contacts", contact, OWNER);
  expect(recorded.status).toBe(201);
});

describe("break-glass access", () => {
  it("lets a worker off the caseload read the carer for four hours, and not write", async () => {
    expect(await status("/carers/g-carer-1", COVER)).toBe(404);
    const granted = await server.send(
      "POST",
      "/carers/g-carer-1/break-glass",
      { reason: REASON },
      COVER,
    );
    expect(granted.status).toBe(201);
    expect(await granted.json()).toEqual({
      carerId: "g-carer-1",
      workerId: "sw-g2",
      grantedAt: "2026-11-02T09:00:00.000Z",
      expiresAt: "2026-11-02T13:00:00.000Z",
    });
    for (const path of ["/carers/g-carer-1", "/carers/g-carer-1/support-contacts"])
      expect(await status(path, COVER), path).toBe(200);
    // A write never sees the grant: the carer is not found.
    const write = await server.send(
      "POST",
      "/carers/g-carer-1/support-contacts",
      supportContactBody("g-sc-2", "g-carer-1"),
      COVER,
    );
    expect((await problemOf(write)).status).toBe(404);
    // Nobody else gains anything from it.
    expect(await status("/carers/g-carer-1", { role: "support-worker", subject: "sw-g3" })).toBe(
      404,
    );
    clock = new Date("2026-11-02T13:00:00Z");
    expect(await status("/carers/g-carer-1", COVER)).toBe(404);
    expect(await status("/carers/g-carer-1", OWNER)).toBe(200);
  });

  it("honours no grant in the database without the request time the API passes", async () => {
    clock = new Date("2026-11-02T10:00:00Z");
    const rows = await scopeDatabase(server.db, COVER).query("SELECT id FROM carers");
    expect(rows).toEqual([]);
    const inTime = await scopeDatabase(server.db, COVER, clock).query("SELECT id FROM carers");
    expect(inTime).toEqual([{ id: "g-carer-1" }]);
  });

  it("lists every grant to coordinators with its reason; the audit trail has its purpose and no reason", async () => {
    const review = await server.request("/break-glass");
    expect(await review.json()).toMatchObject({
      grants: [
        {
          carerId: "g-carer-1",
          workerId: "sw-g2",
          reason: REASON,
          expiresAt: "2026-11-02T13:00:00.000Z",
          active: true,
        },
      ],
    });
    expect(await status("/break-glass", COVER)).toBe(403);
    const rows = await server.db.query<{ actor: string; purpose: string; subject_id: string }>(
      "SELECT actor, purpose, subject_id FROM audit_events WHERE route = '/carers/:carerId/break-glass'",
    );
    expect(rows).toEqual([{ actor: "sw-g2", purpose: "break_glass", subject_id: "g-carer-1" }]);
    // Reads under the grant are audited as break-glass; the key worker's own reads are not.
    const reads = await server.db.query<{ actor: string; purpose: string }>(
      `SELECT DISTINCT actor, purpose FROM audit_events
        WHERE subject_id = 'g-carer-1' AND action = 'read' ORDER BY actor`,
    );
    expect(reads).toEqual([
      { actor: "sw-g1", purpose: "direct_care" },
      { actor: "sw-g2", purpose: "break_glass" },
    ]);
    const [dump] = await server.db.query<{ text: string }>(
      "SELECT string_agg(row_to_json(a)::text, ' ') AS text FROM audit_events a",
    );
    expect(dump?.text).not.toContain("Synthetic reason");
  });

  it("refuses a grant for a carer that does not exist, a bad reason, and anyone but a support worker", async () => {
    const none = await server.send("POST", "/carers/nobody/break-glass", { reason: REASON }, COVER);
    expect((await problemOf(none)).status).toBe(404);
    const bad = await problemOf(
      await server.send("POST", "/carers/g-carer-1/break-glass", { reason: "x\u0000" }, COVER),
    );
    expect(bad.errors?.map((e) => e.field)).toEqual(["reason"]);
    expect(JSON.stringify(bad)).not.toContain("x\u0000");
    const lead = await server.send("POST", "/carers/g-carer-1/break-glass", { reason: REASON });
    expect((await problemOf(lead)).status).toBe(403);
  });

  it("on erasure, replaces the grant's reason", async () => {
    expect((await server.request("/carers/g-carer-1", { method: "DELETE" })).status).toBe(200);
    const rows = await server.db.query<{ reason: string }>(
      "SELECT reason FROM break_glass_grants WHERE carer_id = 'g-carer-1'",
    );
    expect(rows).toEqual([{ reason: "(erased)" }]);
  });
});
