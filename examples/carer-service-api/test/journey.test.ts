import { describe, expect, it } from "vitest";
import { registration, secretsOf, swemwbs } from "./fixtures.ts";
import { useTestServer } from "./harness.ts";

const server = useTestServer();
const registered: ReturnType<typeof registration>[] = [];

interface SharedView {
  shared: Record<string, unknown>;
  withheld: { category: string; reason: string; explanation: string }[];
}

/** The shared view as the circle member `memberId` (the token's subject) sees it. */
async function sharedView(path: string): Promise<SharedView> {
  const match = /^\/people\/([^/]+)\/shared-with\/([^/?]+)(.*)$/.exec(path);
  if (match === null) throw new Error(`not a shared-view path: ${path}`);
  const [, subjectId = "", memberId = "", rest = ""] = match;
  const response = await server.request(
    `/people/${subjectId}/shared-with-me${rest}`,
    {},
    { role: "circle-member", subject: memberId },
  );
  expect(response.status).toBe(200);
  return (await response.json()) as SharedView;
}

async function post(
  path: string,
  body: unknown,
  method: "POST" | "PUT" = "POST",
): Promise<Response> {
  if (path === "/carers") registered.push(body as ReturnType<typeof registration>);
  return server.send(method, path, body);
}

describe("a carer's journey through the service, over HTTP", () => {
  it("registers a carer with the person they care for and normalises what core normalises", async () => {
    const response = await post("/carers", registration("j", 1));
    expect(response.status).toBe(201);
    expect(response.headers.get("location")).toBe("/carers/j-carer-1");
    const body = (await response.json()) as {
      carer: { postcode: string };
      caredFor: { nhsNumber: string };
    };
    expect(body.carer.postcode).toBe("ZZ99 3VZ");
    expect(body.caredFor.nhsNumber).toBe("9990000018");
    const read = await server.request("/carers/j-carer-1");
    expect(read.status).toBe(200);
    const record = (await read.json()) as {
      carer: { id: string };
      relationships: { id: string }[];
    };
    expect(record.carer.id).toBe("j-carer-1");
    expect(record.relationships.map((r) => r.id)).toEqual(["j-rel-1"]);
  });

  it("shows a circle member only what the circle allows and a live consent covers", async () => {
    const circle = {
      id: "j-circle-1",
      caredForId: "j-person-1",
      members: [
        {
          kind: "professional",
          id: "j-nurse",
          name: "District nurse",
          role: "nurse",
          mayView: ["contact_details", "assessments"],
        },
        {
          kind: "family",
          id: "j-son",
          name: "Synthetic son",
          relationship: "child",
          mayView: ["contact_details", "about_me"],
        },
      ],
    };
    expect((await post("/cared-for/j-person-1/circle", circle, "PUT")).status).toBe(200);

    // No consent yet: nothing is shared.
    const before = await sharedView("/people/j-carer-1/shared-with/j-nurse");
    expect(before.shared).toEqual({});
    expect(before.withheld.map((w) => w.reason)).toEqual(["no_consent", "no_consent"]);

    const consent = {
      id: "j-consent-1",
      subjectId: "j-carer-1",
      purpose: "share_with_circle_member",
      recipientId: "j-nurse",
      scope: ["contact_details"],
      givenAt: "2026-01-05T10:00:00Z",
      method: "written",
    };
    expect((await post("/consents", consent)).status).toBe(201);

    const view = await sharedView(
      "/people/j-carer-1/shared-with/j-nurse?categories=contact_details,assessments,medication",
    );
    expect(Object.keys(view.shared)).toEqual(["contact_details"]);
    expect(view.shared["contact_details"]).toEqual({
      phone: "01632 960101",
      preferredMethod: "phone",
    });
    expect(view.withheld).toEqual([
      expect.objectContaining({ category: "assessments", reason: "outside_scope" }),
      expect.objectContaining({ category: "medication", reason: "not_in_member_view" }),
    ]);

    // The son is in the circle but the consent names the nurse only.
    const son = await sharedView("/people/j-carer-1/shared-with/j-son");
    expect(son.shared).toEqual({});

    // The cared-for person's own consent lets the son see their "about me", and nothing else.
    const own = {
      id: "j-consent-2",
      subjectId: "j-person-1",
      purpose: "share_with_circle_member",
      recipientId: "j-son",
      scope: ["about_me", "conditions"],
      givenAt: "2026-01-05T10:00:00Z",
    };
    expect((await post("/consents", own)).status).toBe(201);
    const aboutMe = await sharedView(
      "/people/j-person-1/shared-with/j-son?categories=about_me,conditions",
    );
    expect(aboutMe.shared).toEqual({
      about_me: { routines: ["Synthetic routine: walk after lunch"] },
    });
    expect(aboutMe.withheld).toEqual([
      expect.objectContaining({ category: "conditions", reason: "not_in_member_view" }),
    ]);

    // Withdrawn consent: nothing any more.
    const withdrawn = await post("/consents/j-consent-1/withdrawal", {
      withdrawnAt: "2026-02-01T09:00:00Z",
    });
    expect(withdrawn.status).toBe(200);
    const after = await sharedView("/people/j-carer-1/shared-with/j-nurse");
    expect(after.shared).toEqual({});
    expect(after.withheld[0]).toEqual(
      expect.objectContaining({
        reason: "consent_withdrawn",
        explanation: expect.stringContaining("withdrawn") as string,
      }),
    );
  });

  it("scores an assessment and decides Care Act eligibility", async () => {
    const response = await post("/assessments", {
      id: "j-a-1",
      carerId: "j-carer-1",
      instrumentId: "phq9",
      assessedOn: "2026-03-02",
      answers: {
        phq9_1: 2,
        phq9_2: 2,
        phq9_3: 1,
        phq9_4: 2,
        phq9_5: 1,
        phq9_6: 1,
        phq9_7: 1,
        phq9_8: 0,
        phq9_9: 1,
      },
      eligibility: {
        caringForAdult: true,
        careIsNecessary: true,
        healthDeterioratingOrAtRisk: false,
        outcomes: { recreational_activities: { achievableWithoutAssistance: false } },
        significantImpactOnWellbeing: true,
        wellbeingAreasAffected: ["work_education_training_recreation"],
        needsFluctuate: false,
      },
    });
    expect(response.status).toBe(201);
    const body = (await response.json()) as {
      score: { total: number; band: { label: string }; flags: { severity: string }[] };
      eligibility: { decision: string };
    };
    expect(body.score.total).toBe(11);
    expect(body.score.band.label).toBe("Moderate");
    expect(body.score.flags.some((f) => f.severity === "safety")).toBe(true);
    expect(body.eligibility.decision).toBe("eligible");
    const list = (await (await server.request("/carers/j-carer-1/assessments")).json()) as {
      assessments: { id: string; score: { total: number } }[];
    };
    expect(list.assessments.map((a) => [a.id, a.score.total])).toEqual([["j-a-1", 11]]);
  });

  it("finds matched local services with reasons from the bundled HSDS feed", async () => {
    const response = await post("/service-matches", {
      needs: ["peer_support"],
      postcode: "NR2 4AA",
      carerId: "j-carer-1",
      cost: "free",
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      matches: { name: string; summary: string; matchedNeeds: string[] }[];
      nearMisses: { name: string; summary: string }[];
    };
    expect(body.matches.length).toBeGreaterThan(0);
    expect(body.matches[0]!.name).toBe("Synthetic Carers' Café");
    for (const m of body.matches) expect(m.matchedNeeds).toContain("peer_support");
    // The young carers' club is for ages 8–17; the carer is 65.
    expect(body.matches.map((m) => m.name)).not.toContain("Synthetic Young Carers Club");
  });

  it("plans a programme around bank holidays and serves its sessions as .ics", async () => {
    const response = await post("/programmes", {
      id: "j-bt-spring",
      startDate: "2025-03-10",
      startTime: "10:00",
      zone: "Europe/London",
      venue: "Synthetic Day Hospice lounge",
      capacity: 10,
    });
    expect(response.status).toBe(201);
    const body = (await response.json()) as {
      sessions: { date: string; start: string }[];
      skipped: { date: string }[];
    };
    expect(body.sessions.map((s) => s.date)).toEqual([
      "2025-03-10",
      "2025-03-17",
      "2025-03-24",
      "2025-03-31",
      "2025-04-07",
      "2025-04-14",
      "2025-04-28",
      "2025-05-12",
    ]);
    expect(body.sessions[0]!.start).toBe("2025-03-10T10:00:00Z");
    expect(body.sessions[3]!.start).toBe("2025-03-31T09:00:00Z");
    expect(body.skipped.map((s) => s.date)).toEqual(["2025-04-21", "2025-05-05"]);

    const ics = await server.request("/programmes/j-bt-spring/calendar.ics");
    expect(ics.status).toBe(200);
    expect(ics.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const text = await ics.text();
    expect(text.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(8);
    expect(text).toContain("DTSTART;TZID=Europe/London:20250310T100000");
    expect(text).toContain("UID:j-bt-spring-s1@carer-service.example.org");
  });

  it("enrols carers, records attendance and publishes a suppressed evaluation", async () => {
    for (const n of [2, 3, 4])
      expect((await post("/carers", registration("j", n))).status).toBe(201);
    for (const n of [1, 2, 3, 4]) {
      const enrolled = await post("/programmes/j-bt-spring/enrolments", {
        carerId: `j-carer-${n}`,
      });
      expect(enrolled.status).toBe(201);
      expect(((await enrolled.json()) as { status: string }).status).toBe("enrolled");
      for (const [id, on, value] of [
        [`j-pre-${n}`, "2025-03-01", 2],
        [`j-post-${n}`, "2025-05-20", 4],
      ] as const) {
        const scored = await post("/assessments", {
          id,
          carerId: `j-carer-${n}`,
          instrumentId: "swemwbs",
          assessedOn: on,
          answers: swemwbs(value),
        });
        expect(scored.status).toBe(201);
      }
    }
    const marked = await post(
      "/programmes/j-bt-spring/sessions/j-bt-spring-s1/attendance",
      { marks: { "j-carer-1": "attended", "j-carer-2": "apologies" } },
      "PUT",
    );
    expect(marked.status).toBe(200);
    expect(await marked.json()).toEqual({
      programmeId: "j-bt-spring",
      sessionId: "j-bt-spring-s1",
      marks: { "j-carer-1": "attended", "j-carer-2": "apologies" },
    });

    const programme = (await (await server.request("/programmes/j-bt-spring")).json()) as {
      enrolled: number;
    };
    expect(programme.enrolled).toBe(4);

    const response = await server.request("/programmes/j-bt-spring/evaluation");
    expect(response.status).toBe(200);
    const report = (await response.json()) as {
      outcome: { statistics: { withheld?: boolean; reason?: string } };
      completeness: { cells: { display: string }[][] };
    };
    // Four people: below NHS Digital's threshold, so statistics are withheld and counts starred.
    expect(report.outcome.statistics).toEqual({
      withheld: true,
      reason: "based on fewer than 8 people",
    });
    const text = JSON.stringify(report);
    expect(text).toContain('"display":"*"');
    for (const n of [1, 2, 3, 4]) expect(text).not.toContain(`j-carer-${n}`);
  });

  it("serves an OpenAPI 3.1 document", async () => {
    const doc = (await (await server.request("/openapi.json")).json()) as {
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
    };
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toContain("/programmes/{programmeId}/calendar.ics");
  });

  it("logged method, route template, status and duration only, and no carer data", () => {
    expect(server.logs.length).toBeGreaterThan(20);
    const secrets = secretsOf(registered);
    expect(secrets.length).toBeGreaterThan(30);
    for (const entry of server.logs) {
      expect(Object.keys(entry).sort()).toEqual(
        entry.role === undefined
          ? ["durationMs", "method", "requestId", "route", "status"]
          : ["durationMs", "method", "requestId", "role", "route", "status"],
      );
      const line = JSON.stringify(entry);
      for (const secret of secrets) expect(line).not.toContain(secret);
    }
    expect(server.logs.map((l) => l.route)).toContain("/people/:subjectId/shared-with-me");
  });
});
