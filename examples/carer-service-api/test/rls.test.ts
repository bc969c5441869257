// Defence in depth: the database itself keeps each caller to their rows. A test-only route with
// no handler checks at all, and direct SQL run as the app role, both see only what row-level
// security allows; the audit trail cannot be changed by the app role (or, by trigger, anyone).
import { beforeAll, describe, expect, it } from "vitest";
import type { Identity } from "../src/auth/roles.ts";
import { scopeDatabase } from "../src/db/scope.ts";
import { ROLES } from "../src/auth/roles.ts";
import {
  breakBody,
  complaintBody,
  emergencyPlanBody,
  outreachBody,
  referralBody,
  registration,
} from "./fixtures.ts";
import { COORDINATOR, useTestServer } from "./harness.ts";

const TABLES = [
  "carers",
  "cared_for_people",
  "caring_relationships",
  "consents",
  "care_circles",
  "assessments",
  "enrolments",
  "attendance",
  "audit_events",
  "safeguarding_concerns",
  "referrals",
  "referral_transitions",
  "emergency_plans",
  "breaks",
  // Casework (issue 18); its own scoping is tested in casework.test.ts.
  "support_contacts",
  "onward_referrals",
  "key_worker_assignments",
  "outreach_events",
  "feedback",
  "complaint_transitions",
] as const;

const server = useTestServer({
  extraRoutes: (routes) => {
    // No role filter beyond "anyone signed in", no WHERE clause, no 404 checks: only RLS.
    routes.add(
      {
        method: "get",
        path: "/test-only/everything",
        operationId: "testOnlyEverything",
        summary: "Test only: every row of every personal-data table, with no handler checks.",
        roles: ROLES,
        purpose: "direct_care",
        success: { status: 200, description: "What RLS lets through." },
        problems: [],
      },
      async (c, ctx) => {
        const seen: Record<string, string[]> = {};
        for (const table of TABLES) {
          const rows = await ctx.db.query<{ row: string }>(
            `SELECT row_to_json(t)::text AS row FROM ${table} t ORDER BY 1`,
          );
          seen[table] = rows.map((r) => r.row);
        }
        return c.json(seen);
      },
    );
  },
});

const CARER: Identity = { role: "carer", subject: "s-carer-1" };
const WORKER: Identity = { role: "support-worker", subject: "sw-s1" };
const ANALYST: Identity = { role: "analyst", subject: "analyst-s" };
const MEMBER: Identity = { role: "circle-member", subject: "s-friend" };

beforeAll(async () => {
  for (const n of [1, 2, 3]) {
    expect((await server.send("POST", "/carers", registration("s", n))).status).toBe(201);
  }
  await server.send("PUT", "/carers/s-carer-1/support-worker", { supportWorker: "sw-s1" });
  await server.send("PUT", "/cared-for/s-person-1/circle", {
    id: "s-circle-1",
    caredForId: "s-person-1",
    members: [{ kind: "friend", id: "s-friend", name: "Synthetic friend", mayView: ["about_me"] }],
  });
  for (const n of [1, 2]) {
    await server.send("POST", "/consents", {
      id: `s-consent-${n}`,
      subjectId: `s-carer-${n}`,
      purpose: "evaluation",
      scope: ["assessments"],
      givenAt: "2026-01-01T00:00:00Z",
      method: "written",
    });
  }
  const concerns: [Identity, string, string][] = [
    [WORKER, "s-carer-1", "s-sg-w"],
    [COORDINATOR, "s-carer-1", "s-sg-c"],
    [COORDINATOR, "s-carer-2", "s-sg-2"],
  ];
  for (const [as, carerId, id] of concerns) {
    const response = await server.send(
      "POST",
      `/carers/${carerId}/safeguarding-concerns`,
      {
        id,
        status: "raised",
        raisedBy: as.subject,
        raisedOn: "2026-01-03",
        about: { personId: carerId, role: "carer" },
        categories: ["self_neglect"],
        immediateRisk: false,
      },
      as,
    );
    expect(response.status).toBe(201);
  }
});

/** A referral (moved on once), an emergency plan and a break for carer `n`, by a coordinator. */
async function addPathway(n: number): Promise<void> {
  const carer = `s-carer-${n}`;
  const steps: [method: "POST" | "PUT", path: string, body: unknown][] = [
    ["POST", `/carers/${carer}/referrals`, referralBody(`s-ref-${n}`, carer)],
    ["POST", `/referrals/s-ref-${n}/transitions`, { to: "contacted", at: "2026-03-03T09:00:00Z" }],
    [
      "PUT",
      `/carers/${carer}/emergency-plan`,
      emergencyPlanBody(`s-plan-${n}`, carer, `s-person-${n}`),
    ],
    ["POST", `/carers/${carer}/breaks`, breakBody(`s-break-${n}`, carer)],
  ];
  for (const [method, path, body] of steps)
    expect((await server.send(method, path, body)).status, path).toBeLessThan(300);
}

async function everything(as: Identity): Promise<Record<(typeof TABLES)[number], string[]>> {
  const response = await server.request("/test-only/everything", {}, as);
  expect(response.status).toBe(200);
  return (await response.json()) as Record<(typeof TABLES)[number], string[]>;
}

const ids = (rows: string[]): string[] =>
  rows
    .map((r) => {
      const row = JSON.parse(r) as { id?: string; referral_id?: string; feedback_id?: string };
      return row.id ?? row.referral_id ?? row.feedback_id ?? "";
    })
    .sort();

describe("row-level security with the handler checks bypassed", () => {
  it("shows a carer their own rows only", async () => {
    const seen = await everything(CARER);
    expect(ids(seen.carers)).toEqual(["s-carer-1"]);
    expect(ids(seen.cared_for_people)).toEqual(["s-person-1"]);
    expect(ids(seen.consents)).toEqual(["s-consent-1"]);
    expect(seen.audit_events.every((r) => r.includes('"subject_id":"s-carer-1"'))).toBe(true);
  });

  it("shows a support worker their caseload only", async () => {
    const seen = await everything(WORKER);
    expect(ids(seen.carers)).toEqual(["s-carer-1"]);
    expect(ids(seen.caring_relationships)).toEqual(["s-rel-1"]);
    expect(seen.audit_events).toEqual([]);
  });

  it("shows an analyst no row that names or contacts anyone", async () => {
    const seen = await everything(ANALYST);
    for (const table of [
      "carers",
      "cared_for_people",
      "caring_relationships",
      "consents",
      "care_circles",
      "audit_events",
      "support_contacts",
      "onward_referrals",
      "key_worker_assignments",
    ] as const) {
      expect(seen[table], table).toEqual([]);
    }
  });

  it("shows a circle member only the people in their circle", async () => {
    const seen = await everything(MEMBER);
    expect(ids(seen.carers)).toEqual(["s-carer-1"]);
    expect(ids(seen.cared_for_people)).toEqual(["s-person-1"]);
    expect(seen.audit_events).toEqual([]);
  });

  it("shows a coordinator the whole service", async () => {
    const seen = await everything(COORDINATOR);
    expect(ids(seen.carers)).toEqual(["s-carer-1", "s-carer-2", "s-carer-3"]);
    expect(seen.audit_events.length).toBeGreaterThan(5);
  });
});

describe("safeguarding concerns, the most sensitive rows", () => {
  it("shows a coordinator every concern, a support worker only those they raised on their caseload, and nobody else any", async () => {
    expect(ids((await everything(COORDINATOR)).safeguarding_concerns)).toEqual([
      "s-sg-2",
      "s-sg-c",
      "s-sg-w",
    ]);
    expect(ids((await everything(WORKER)).safeguarding_concerns)).toEqual(["s-sg-w"]);
    for (const as of [CARER, ANALYST, MEMBER])
      expect((await everything(as)).safeguarding_concerns, as.role).toEqual([]);
  });

  it("refuses a support worker's insert of a concern raised in someone else's name", async () => {
    const insert = scopeDatabase(server.db, WORKER).query(
      `INSERT INTO safeguarding_concerns (id, carer_id, raised_by, record)
       VALUES ('s-sg-forged', 's-carer-1', 'someone-else', '{}')`,
    );
    await expect(insert).rejects.toThrow(/row-level security/);
  });
});

describe("the pathway: referrals, their steps, emergency plans and breaks", () => {
  beforeAll(async () => {
    for (const n of [1, 2, 3]) await addPathway(n);
  });

  it("scopes each table as the carers are: caseload, whole service, own rows; none to analysts", async () => {
    const expected: [Identity, string[], string[]][] = [
      [COORDINATOR, ["1", "2", "3"], ["1", "2", "3"]],
      [WORKER, ["1"], ["1"]],
      [CARER, ["1"], ["1"]],
      [ANALYST, [], []],
      // A circle member's plan rows reach them only through the consent-checked route.
      [MEMBER, [], ["1"]],
    ];
    for (const [as, rows, plans] of expected) {
      const seen = await everything(as);
      const of = (prefix: string, list: string[]) => list.map((n) => `s-${prefix}-${n}`);
      expect(ids(seen.referrals), as.role).toEqual(of("ref", rows));
      expect(ids(seen.referral_transitions), as.role).toEqual(of("ref", rows));
      expect(ids(seen.breaks), as.role).toEqual(of("break", rows));
      expect(ids(seen.emergency_plans), as.role).toEqual(of("plan", plans));
    }
  });

  it("refuses writes outside the caller's scope, and any change to a referral's history", async () => {
    const worker = scopeDatabase(server.db, WORKER);
    for (const sql of [
      "INSERT INTO referrals (id, carer_id, record) VALUES ('s-ref-x', 's-carer-2', '{}')",
      "INSERT INTO breaks (id, carer_id, record) VALUES ('s-break-x', 's-carer-2', '{}')",
      `INSERT INTO emergency_plans (carer_id, id, review_on, record)
       VALUES ('s-carer-2', 's-plan-x', '2027-01-01', '{}')`,
      `INSERT INTO referral_transitions (referral_id, carer_id, position, step)
       VALUES ('s-ref-2', 's-carer-2', 1, '{}')`,
    ])
      await expect(worker.query(sql), sql).rejects.toMatchObject({ code: "42501" });
    const carer = scopeDatabase(server.db, CARER);
    await expect(
      carer.query(`INSERT INTO referral_transitions (referral_id, carer_id, position, step)
                   VALUES ('s-ref-1', 's-carer-1', 1, '{}')`),
    ).rejects.toMatchObject({ code: "42501" });
    const lead = scopeDatabase(server.db, COORDINATOR);
    for (const sql of [
      "UPDATE referral_transitions SET step = '{}'",
      "DELETE FROM referral_transitions",
      "UPDATE referrals SET record = '{}'",
      "DELETE FROM breaks",
    ])
      await expect(lead.query(sql), sql).rejects.toMatchObject({ code: "42501" });
  });

  it("keeps a step with its referral's carer (a composite foreign key)", async () => {
    const lead = scopeDatabase(server.db, COORDINATOR);
    await expect(
      lead.query(`INSERT INTO referral_transitions (referral_id, carer_id, position, step)
                  VALUES ('s-ref-1', 's-carer-2', 1, '{}')`),
    ).rejects.toMatchObject({ code: "23503" });
  });

  it("gives the funnel's referrals to coordinators and analysts only, with no carer and no free text", async () => {
    const read = (as: Identity) =>
      scopeDatabase(server.db, as).query<{ r: Record<string, unknown> }>(
        "SELECT pathway_referrals() AS r",
      );
    for (const as of [WORKER, CARER, MEMBER]) expect(await read(as), as.role).toEqual([]);
    const rows = await read(ANALYST);
    expect(rows.map((x) => x.r["id"])).toEqual(["referral-1", "referral-2", "referral-3"]);
    expect(rows[0]?.r).toEqual({
      id: "referral-1",
      source: "ward",
      receivedAt: "2026-03-02T10:00:00Z",
      reason: "(withheld)",
      history: [{ to: "contacted", at: "2026-03-03T09:00:00Z" }],
    });
    // Three referrals are a small number: the funnel publishes none of its counts (0 is shown).
    const response = await server.request("/pathway/funnel", {}, ANALYST);
    const funnel = (await response.json()) as { rule: unknown; overall: { reached: unknown[] } };
    expect(funnel.rule).not.toBeNull();
    expect(funnel.overall.reached[0]).toBeNull();
    expect(funnel.overall.reached.every((n) => n === null || n === 0)).toBe(true);
  });

  it("on erasure, drops the plan and strips the free text from referrals, steps and breaks", async () => {
    expect((await server.request("/carers/s-carer-3", { method: "DELETE" })).status).toBe(200);
    const [row] = await server.db.query<{ dump: string; plans: number }>(
      `SELECT (SELECT count(*)::int FROM emergency_plans WHERE carer_id = 's-carer-3') AS plans,
              concat_ws(' ', (SELECT record::text FROM referrals WHERE carer_id = 's-carer-3'),
                        (SELECT string_agg(step::text, ' ') FROM referral_transitions
                          WHERE carer_id = 's-carer-3'),
                        (SELECT record::text FROM breaks WHERE carer_id = 's-carer-3')) AS dump`,
    );
    expect(row?.plans).toBe(0);
    for (const text of ["Synthetic ward 7", "Synthetic reason", "Synthetic sitting", "staff-"])
      expect(row?.dump).not.toContain(text);
    // What the aggregates need stays: the source, the dates, the statuses, the break's type.
    for (const kept of ['"source": "ward"', '"to": "contacted"', '"type": "short_break"'])
      expect(row?.dump).toContain(kept);
    // …and the erased referral still counts in the funnel (it is still a valid core Referral).
    const funnel = await server.request("/pathway/funnel", {}, ANALYST);
    expect(funnel.status).toBe(200);
    expect(await funnel.text()).not.toContain("erased");
  });
});

describe("outreach events and carer voice (issue 18)", () => {
  beforeAll(async () => {
    const steps: [Identity, string, unknown][] = [
      [WORKER, "/outreach-events", outreachBody("s-out-w")],
      [COORDINATOR, "/outreach-events", outreachBody("s-out-c")],
      [CARER, "/carers/s-carer-1/feedback", complaintBody("s-cmp-1", "s-carer-1")],
      [COORDINATOR, "/carers/s-carer-2/feedback", complaintBody("s-cmp-2", "s-carer-2")],
      [COORDINATOR, "/complaints/s-cmp-1/transitions", { to: "acknowledged", on: "2026-04-07" }],
      [COORDINATOR, "/complaints/s-cmp-2/transitions", { to: "acknowledged", on: "2026-04-07" }],
    ];
    for (const [as, path, body] of steps)
      expect((await server.send("POST", path, body, as)).status, path).toBeLessThan(300);
  });

  it("scopes feedback and its steps as the carers are; outreach events to staff; none to analysts", async () => {
    const expected: [Identity, string[], string[]][] = [
      [COORDINATOR, ["s-cmp-1", "s-cmp-2"], ["s-out-c", "s-out-w"]],
      [WORKER, ["s-cmp-1"], ["s-out-c", "s-out-w"]],
      [CARER, ["s-cmp-1"], []],
      [ANALYST, [], []],
      [MEMBER, [], []],
    ];
    for (const [as, feedback, events] of expected) {
      const seen = await everything(as);
      expect(ids(seen.feedback), as.role).toEqual(feedback);
      expect(ids(seen.complaint_transitions), as.role).toEqual(feedback);
      expect(ids(seen.outreach_events), as.role).toEqual(events);
    }
  });

  it("refuses writes outside the caller's scope, a step by anyone but a coordinator, and any change", async () => {
    const refusals: [Identity, string][] = [
      [
        WORKER,
        "INSERT INTO feedback (id, carer_id, kind, record) VALUES ('s-x', 's-carer-2', 'compliment', '{}')",
      ],
      [
        CARER,
        "INSERT INTO feedback (id, carer_id, kind, record) VALUES ('s-x', 's-carer-2', 'compliment', '{}')",
      ],
      [
        ANALYST,
        "INSERT INTO feedback (id, carer_id, kind, record) VALUES ('s-x', 's-carer-1', 'compliment', '{}')",
      ],
      [
        WORKER,
        "INSERT INTO complaint_transitions (feedback_id, carer_id, position, step) VALUES ('s-cmp-1', 's-carer-1', 1, '{}')",
      ],
      [
        CARER,
        "INSERT INTO complaint_transitions (feedback_id, carer_id, position, step) VALUES ('s-cmp-1', 's-carer-1', 1, '{}')",
      ],
      [
        WORKER,
        "INSERT INTO outreach_events (id, recorded_by, record) VALUES ('s-out-x', 'someone-else', '{}')",
      ],
      [
        ANALYST,
        "INSERT INTO outreach_events (id, recorded_by, record) VALUES ('s-out-x', 'analyst-s', '{}')",
      ],
      [COORDINATOR, "UPDATE feedback SET record = '{}'"],
      [COORDINATOR, "DELETE FROM feedback"],
      [COORDINATOR, "UPDATE complaint_transitions SET step = '{}'"],
      [COORDINATOR, "DELETE FROM complaint_transitions"],
      [COORDINATOR, "UPDATE outreach_events SET record = '{}'"],
      [COORDINATOR, "DELETE FROM outreach_events"],
    ];
    for (const [as, sql] of refusals)
      await expect(
        scopeDatabase(server.db, as).query(sql),
        `${as.role}: ${sql}`,
      ).rejects.toMatchObject({
        code: "42501",
      });
  });

  it("gives the aggregate reads to coordinators and analysts only, with no carer, recorder or free text", async () => {
    const read = (as: Identity, fn: string) =>
      scopeDatabase(server.db, as).query<{ r: Record<string, unknown> }>(`SELECT ${fn}() AS r`);
    for (const fn of ["outreach_event_records", "feedback_theme_records"])
      for (const as of [WORKER, CARER, MEMBER])
        expect(await read(as, fn), `${as.role} ${fn}`).toEqual([]);
    const themes = await read(ANALYST, "feedback_theme_records");
    expect(themes.map((x) => x.r)).toEqual(
      ["feedback-1", "feedback-2"].map((id) => ({
        id,
        kind: "complaint",
        receivedOn: "2026-04-02",
        text: "(withheld)",
        anonymous: true,
        themes: ["communication", "timeliness"],
      })),
    );
    const events = await read(ANALYST, "outreach_event_records");
    expect(events.map((x) => x.r)).toEqual([outreachBody("s-out-c"), outreachBody("s-out-w")]);
  });
});

describe("the app role, in direct SQL", () => {
  it("sees no rows at all without a role and subject set", async () => {
    const rows = await server.db.transaction(async (tx) => {
      await tx.query("SELECT set_config('role', 'carer_api_app', true)");
      return tx.query("SELECT id FROM carers");
    });
    expect(rows).toEqual([]);
  });

  it("cannot write a carer outside its scope: the insert is refused by policy", async () => {
    const db = scopeDatabase(server.db, WORKER);
    await expect(
      db.query("INSERT INTO carers (id, record, support_worker) VALUES ('s-x', '{}', 'sw-other')"),
    ).rejects.toMatchObject({ code: "42501" });
    const updated = await db.query(
      "UPDATE carers SET record = '{}' WHERE id = 's-carer-2' RETURNING id",
    );
    expect(updated).toEqual([]);
  });

  it("cannot update, delete or truncate the audit trail, nor forge another actor's row", async () => {
    const db = scopeDatabase(server.db, COORDINATOR);
    for (const sql of [
      "UPDATE audit_events SET actor = 'someone-else'",
      "DELETE FROM audit_events",
      "TRUNCATE audit_events",
      `INSERT INTO audit_events (actor, actor_role, action, purpose, request_id, route)
       VALUES ('someone-else', 'coordinator', 'read', 'direct_care', 'r', '/x')`,
    ]) {
      await expect(db.query(sql), sql).rejects.toMatchObject({ code: "42501" });
    }
  });

  it("refuses changes to the audit trail even from the owner (trigger)", async () => {
    await expect(server.db.query("DELETE FROM audit_events")).rejects.toMatchObject({
      code: "42501",
    });
    await expect(server.db.query("UPDATE audit_events SET actor = 'x'")).rejects.toMatchObject({
      code: "42501",
    });
  });

  it("cannot run erasure or retention itself, except erasure as a coordinator", async () => {
    const worker = scopeDatabase(server.db, WORKER);
    await expect(worker.query("SELECT erase_carer('s-carer-1', now())")).rejects.toMatchObject({
      code: "42501",
    });
    await expect(
      worker.query("SELECT pseudonymise_carer('s-carer-1', now())"),
    ).rejects.toMatchObject({ code: "42501" });
    await expect(
      worker.query("SELECT * FROM pseudonymise_closed_before('2100-01-01', now())"),
    ).rejects.toMatchObject({ code: "42501" });
  });

  it("does not carry one request's identity into the next on the same connection", async () => {
    await scopeDatabase(server.db, CARER).query("SELECT 1");
    const [row] = await server.db.query<{ role: string | null; who: string }>(
      "SELECT current_setting('carerkit.role', true) AS role, current_user AS who",
    );
    expect(row?.role ?? "").toBe("");
    expect(row?.who).not.toBe("carer_api_app");
  });
});
