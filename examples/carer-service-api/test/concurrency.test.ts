import { beforeAll, describe, expect, it } from "vitest";
import { complaintBody, programmeBody, referralBody, registration } from "./fixtures.ts";
import { useTestServer } from "./harness.ts";

const server = useTestServer();
const CARERS = 20;
const CAPACITY = 12;

beforeAll(async () => {
  for (let n = 1; n <= CARERS; n++) {
    expect((await server.send("POST", "/carers", registration("k", n))).status).toBe(201);
  }
  expect((await server.send("POST", "/programmes", programmeBody("k-prog", CAPACITY))).status).toBe(
    201,
  );
});

const ids = Array.from({ length: CARERS }, (_, i) => `k-carer-${i + 1}`);

describe("concurrent writes", () => {
  it("never enrols more carers than the capacity, and loses no enrolment", async () => {
    const responses = await Promise.all(
      ids.map((carerId) => server.send("POST", "/programmes/k-prog/enrolments", { carerId })),
    );
    expect(responses.map((r) => r.status)).toEqual(ids.map(() => 201));
    const outcomes = await Promise.all(
      responses.map(async (r) => ((await r.json()) as { status: string }).status),
    );
    expect(outcomes.filter((s) => s === "enrolled")).toHaveLength(CAPACITY);
    expect(outcomes.filter((s) => s === "waitlisted")).toHaveLength(CARERS - CAPACITY);
    const programme = (await (await server.request("/programmes/k-prog")).json()) as {
      enrolled: number;
      waiting: number;
    };
    expect(programme).toEqual(
      expect.objectContaining({ enrolled: CAPACITY, waiting: CARERS - CAPACITY }),
    );
  });

  it("keeps every carer's mark when marks for one session arrive at once", async () => {
    const programme = (await (await server.request("/programmes/k-prog")).json()) as {
      enrolled: number;
    };
    expect(programme.enrolled).toBe(CAPACITY);
    // Who got a place depends on arrival order; ask the evaluation-free way: try everyone.
    const responses = await Promise.all(
      ids.map((carerId) =>
        server.send("PUT", "/programmes/k-prog/sessions/k-prog-s1/attendance", {
          marks: { [carerId]: "attended" },
        }),
      ),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(CAPACITY);
    expect(statuses.filter((s) => s === 422)).toHaveLength(CARERS - CAPACITY);
    const last = await server.send("PUT", "/programmes/k-prog/sessions/k-prog-s1/attendance", {
      marks: {},
    });
    const { marks } = (await last.json()) as { marks: Record<string, string> };
    expect(Object.keys(marks)).toHaveLength(CAPACITY);
    expect(new Set(Object.values(marks))).toEqual(new Set(["attended"]));
  });

  it("lets exactly one of several identical registrations through", async () => {
    const same = registration("k", 99);
    const responses = await Promise.all(
      Array.from({ length: 8 }, () => server.send("POST", "/carers", same)),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([201, 409, 409, 409, 409, 409, 409, 409]);
    expect((await server.request("/carers/k-carer-99")).status).toBe(200);
  });

  it("withdraws a consent once when two withdrawals race", async () => {
    const consent = {
      id: "k-consent",
      subjectId: "k-carer-1",
      purpose: "evaluation",
      scope: ["assessments"],
      givenAt: "2026-01-01T00:00:00Z",
    };
    expect((await server.send("POST", "/consents", consent)).status).toBe(201);
    const responses = await Promise.all(
      ["2026-02-01T00:00:00Z", "2026-03-01T00:00:00Z", "2026-04-01T00:00:00Z"].map((withdrawnAt) =>
        server.send("POST", "/consents/k-consent/withdrawal", { withdrawnAt }),
      ),
    );
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409, 409]);
  });

  it("records a referral's step once when the same move is sent three times at once", async () => {
    const created = await server.send(
      "POST",
      "/carers/k-carer-1/referrals",
      referralBody("k-ref", "k-carer-1"),
    );
    expect(created.status).toBe(201);
    const move = { to: "contacted", at: "2026-03-03T09:00:00Z" };
    const responses = await Promise.all(
      [1, 2, 3].map(() => server.send("POST", "/referrals/k-ref/transitions", move)),
    );
    // On PostgreSQL the losers collide on the step's position; on PGlite (one connection) they
    // come second and find contacted → contacted illegal. Either way: one step, two 409s.
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    const read = (await (await server.request("/referrals/k-ref")).json()) as {
      referral: { history: unknown[] };
    };
    expect(read.referral.history).toHaveLength(1);
  });

  it("records a complaint's step once when the same move is sent three times at once", async () => {
    const created = await server.send(
      "POST",
      "/carers/k-carer-1/feedback",
      complaintBody("k-cmp", "k-carer-1"),
    );
    expect(created.status).toBe(201);
    const move = { to: "acknowledged", on: "2026-04-07" };
    const responses = await Promise.all(
      [1, 2, 3].map(() => server.send("POST", "/complaints/k-cmp/transitions", move)),
    );
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    const read = (await (await server.request("/carers/k-carer-1/feedback")).json()) as {
      feedback: { history: unknown[] }[];
    };
    expect(read.feedback[0]?.history).toHaveLength(1);
  });
});
