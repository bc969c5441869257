// Issue 18: an instrument's safety flag (PHQ-9 item 9) opens a draft safeguarding concern with the
// flag as evidence, raised by the member of staff who submitted it, readable only as any concern.
import { beforeAll, describe, expect, it } from "vitest";
import type { Identity } from "../src/auth/roles.ts";
import { registration } from "./fixtures.ts";
import { useTestServer } from "./harness.ts";

const server = useTestServer();
const WORKER: Identity = { role: "support-worker", subject: "sw-f1" };
const OTHER: Identity = { role: "support-worker", subject: "sw-f2" };
const CARER: Identity = { role: "carer", subject: "f-carer-1" };

// PHQ-9 answers 0–3 per item; item 9 ("thoughts that you would be better off dead, or of hurting
// yourself") answered 1, "several days": the PHQ-9's own instructions make any answer above 0
// a prompt for a safety check.
const phq9 = (id: string, item9: number) => ({
  id,
  carerId: "f-carer-1",
  instrumentId: "phq9",
  assessedOn: "2026-03-02",
  answers: Object.fromEntries(
    Array.from({ length: 9 }, (_, i) => [`phq9_${i + 1}`, i === 8 ? item9 : 1]),
  ),
});

interface Submitted {
  safeguardingDrafts: string[];
  score: { flags: { severity: string }[] };
}

beforeAll(async () => {
  expect((await server.send("POST", "/carers", registration("f", 1), WORKER)).status).toBe(201);
});

describe("a safety flag opens a draft concern", () => {
  it("opens one draft, raised by the worker, with the flag as evidence and no category", async () => {
    const response = await server.send("POST", "/assessments", phq9("f-a-1", 1), WORKER);
    expect(response.status).toBe(201);
    const body = (await response.json()) as Submitted;
    expect(body.safeguardingDrafts).toHaveLength(1);
    const [id] = body.safeguardingDrafts;
    const concern = (await (
      await server.request(`/carers/f-carer-1/safeguarding-concerns/${id}`, {}, WORKER)
    ).json()) as Record<string, unknown>;
    expect(concern).toMatchObject({
      id,
      status: "draft",
      raisedBy: "sw-f1",
      raisedOn: "2026-03-02",
      about: { personId: "f-carer-1", role: "carer" },
      categories: [],
      immediateRisk: true,
      evidence: [
        { kind: "instrument_flag", instrumentId: "phq9", flagId: "phq9_self_harm_thoughts" },
      ],
    });
    // Readable as any concern: by its raiser and the lead, by nobody else.
    expect((await server.request(`/carers/f-carer-1/safeguarding-concerns/${id}`)).status).toBe(
      200,
    );
    const other = await server.request(`/carers/f-carer-1/safeguarding-concerns/${id}`, {}, OTHER);
    expect(other.status).toBe(404);
  });

  it("opens none when item 9 is answered 'not at all', or when the carer submits it", async () => {
    const clear = await server.send("POST", "/assessments", phq9("f-a-2", 0), WORKER);
    expect(((await clear.json()) as Submitted).safeguardingDrafts).toEqual([]);
    const own = await server.send("POST", "/assessments", phq9("f-a-3", 2), CARER);
    const body = (await own.json()) as Submitted;
    expect(body.score.flags.some((f) => f.severity === "safety")).toBe(true);
    expect(body.safeguardingDrafts).toEqual([]);
  });
});
