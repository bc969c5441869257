import { beforeAll, describe, expect, it } from "vitest";
import {
  breakBody,
  complaintBody,
  complimentBody,
  emergencyPlanBody,
  outreachBody,
  programmeBody,
  referralBody,
  registration,
} from "./fixtures.ts";
import { problemOf, useTestServer } from "./harness.ts";

const server = useTestServer({ maxBodyBytes: 16 * 1024 });

beforeAll(async () => {
  expect((await server.send("POST", "/carers", registration("b", 1))).status).toBe(201);
  expect((await server.send("POST", "/programmes", programmeBody("b-prog", 5))).status).toBe(201);
});

/** Asserts an RFC 9457 problem with this status and type, and returns it. */
async function expectProblem(response: Response, status: number, kind: string) {
  expect(response.status).toBe(status);
  const problem = await problemOf(response);
  expect(problem).toEqual(
    expect.objectContaining({
      type: `/problems/${kind}`,
      status,
      title: expect.any(String) as string,
      detail: expect.any(String) as string,
      instance: expect.stringMatching(/^\//) as string,
    }),
  );
  return problem;
}

const fieldsOf = (problem: { errors?: { field: string }[] }): string[] =>
  (problem.errors ?? []).map((e) => e.field);

describe("bad bodies", () => {
  it("answers malformed JSON with 400 and does not repeat the body", async () => {
    const response = await server.request("/carers", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"carer": {"name": "Synthetic Secret Name"',
    });
    const problem = await expectProblem(response, 400, "malformed-json");
    expect(problem.instance).toBe("/carers");
    expect(JSON.stringify(problem)).not.toContain("Secret");
  });

  it("answers a body that is not application/json with 415, with or without a content type", async () => {
    const text = await server.request("/consents", {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: "{}",
    });
    await expectProblem(text, 415, "unsupported-media-type");
    const form = await server.request("/consents", {
      method: "POST",
      body: new URLSearchParams({ id: "x" }),
    });
    await expectProblem(form, 415, "unsupported-media-type");
    const none = await server.request("/consents", { method: "POST", body: new Blob(["{}"]) });
    await expectProblem(none, 415, "unsupported-media-type");
  });

  it("answers an oversized body with 413, declared or streamed, and stores nothing", async () => {
    const big = registration("b", 99);
    big.carer["notes"] = "x".repeat(20 * 1024);
    await expectProblem(await server.send("POST", "/carers", big), 413, "body-too-large");
    const chunks = [JSON.stringify(big).slice(0, 10_000), JSON.stringify(big).slice(10_000)];
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
        controller.close();
      },
    });
    const streamed = await server.request("/carers", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: stream,
      duplex: "half",
    });
    await expectProblem(streamed, 413, "body-too-large");
    await expectProblem(await server.request("/carers/b-carer-99"), 404, "not-found");
  });

  it("answers a JSON body that is not an object with 422", async () => {
    const problem = await expectProblem(
      await server.send("POST", "/carers", [1, 2]),
      422,
      "validation",
    );
    expect(problem.errors?.[0]).toEqual(
      expect.objectContaining({ field: "", pointer: "#", code: "invalid_type" }),
    );
  });

  it("names every wrong field in every part of a registration, without repeating values", async () => {
    const bad = registration("b", 2);
    bad.carer["postcode"] = "ZZ99 3V";
    bad.carer["nickname"] = "Synthetic";
    bad.caredFor["nhsNumber"] = "999 000 0019";
    bad.relationship["hoursPerWeek"] = 200;
    bad.relationship["livesTogether"] = "yes";
    const problem = await expectProblem(
      await server.send("POST", "/carers", { ...bad, extra: 1 }),
      422,
      "validation",
    );
    expect(fieldsOf(problem).sort()).toEqual([
      "caredFor.nhsNumber",
      "carer",
      "carer.postcode",
      "extra",
      "relationship.hoursPerWeek",
      "relationship.livesTogether",
    ]);
    const byField = Object.fromEntries((problem.errors ?? []).map((e) => [e.field, e]));
    expect(byField["carer.postcode"]).toEqual(
      expect.objectContaining({ pointer: "#/carer/postcode", code: "postcode_format" }),
    );
    expect(byField["caredFor.nhsNumber"]?.code).toBe("nhs_number_check_digit");
    expect(byField["relationship.hoursPerWeek"]?.detail).toBe(
      "relationship.hoursPerWeek: expected at most 168 (the hours in a week), got a number",
    );
    expect(byField["carer"]?.code).toBe("unrecognized_keys");
    const text = JSON.stringify(problem);
    expect(text).not.toContain("ZZ99 3V");
    expect(text).not.toContain("9990000019");
    await expectProblem(await server.request("/carers/b-carer-2"), 404, "not-found");
  });

  it("rejects a relationship that points at other people", async () => {
    const bad = registration("b", 3);
    bad.relationship["carerId"] = "b-carer-1";
    const problem = await expectProblem(
      await server.send("POST", "/carers", bad),
      422,
      "validation",
    );
    expect(fieldsOf(problem)).toEqual(["relationship.carerId"]);
  });

  it("names wrong types in envelopes: assessments, programmes, matches, enrolments, attendance", async () => {
    const cases: [string, "POST" | "PUT", unknown, string[]][] = [
      [
        "/assessments",
        "POST",
        {
          id: 1,
          carerId: "b-carer-1",
          instrumentId: "phq10",
          assessedOn: "2026-02-30",
          answers: [],
          eligibility: { caringForAdult: "yes", outcomes: { gardening: {} } },
        },
        [
          "answers",
          "assessedOn",
          "eligibility.caringForAdult",
          "eligibility.outcomes.gardening",
          "id",
          "instrumentId",
        ],
      ],
      [
        "/programmes",
        "POST",
        {
          id: "Bad Id",
          startDate: "2026-01-05",
          startTime: "25:00",
          zone: "Europe/London",
          capacity: 0,
        },
        ["capacity", "id", "startTime"],
      ],
      ["/service-matches", "POST", { needs: [], maxDistanceKm: -1 }, ["maxDistanceKm", "needs"]],
      ["/programmes/b-prog/enrolments", "POST", { carerId: 7 }, ["carerId"]],
      [
        "/programmes/b-prog/sessions/b-prog-s1/attendance",
        "PUT",
        { marks: { "b-carer-1": "late" } },
        ["marks.b-carer-1"],
      ],
      ["/consents/whatever/withdrawal", "POST", { withdrawnAt: "yesterday" }, ["withdrawnAt"]],
    ];
    for (const [path, method, body, fields] of cases) {
      const problem = await expectProblem(await server.send(method, path, body), 422, "validation");
      expect(fieldsOf(problem).sort(), path).toEqual(fields);
    }
  });

  it("reports every unscoreable answer of an assessment under answers", async () => {
    const problem = await expectProblem(
      await server.send("POST", "/assessments", {
        id: "b-a-1",
        carerId: "b-carer-1",
        instrumentId: "phq9",
        assessedOn: "2026-02-01",
        answers: { phq9_1: 7, phq9_2: 0 },
      }),
      422,
      "validation",
    );
    const fields = fieldsOf(problem);
    expect(fields).toContain("answers.phq9_1");
    expect(fields).toContain("answers.phq9_9");
    expect(problem.errors?.find((e) => e.field === "answers.phq9_1")?.detail).toMatch(
      /^answers\.phq9_1: /,
    );
    expect(problem.detail).toMatch(/^PHQ-9: cannot score/);
    expect(problem.detail).not.toContain("items.");
  });

  it("explains a plan that cannot be made and a postcode the directory does not know", async () => {
    const zone = await server.send("POST", "/programmes", {
      id: "b-mars",
      startDate: "2026-01-05",
      startTime: "10:00",
      zone: "Mars/Olympus",
      capacity: 5,
    });
    expect(fieldsOf(await expectProblem(zone, 422, "validation"))).toEqual(["zone"]);
    const postcode = await server.send("POST", "/service-matches", {
      needs: ["peer_support"],
      postcode: "ZZ99 3VZ",
    });
    const problem = await expectProblem(postcode, 422, "validation");
    expect(problem.errors?.[0]).toEqual(
      expect.objectContaining({ field: "postcode", code: "unknown_postcode" }),
    );
  });

  it("rejects a consent withdrawn before it was given", async () => {
    const consent = {
      id: "b-consent-1",
      subjectId: "b-carer-1",
      purpose: "evaluation",
      scope: ["assessments"],
      givenAt: "2026-05-01T10:00:00Z",
    };
    expect((await server.send("POST", "/consents", consent)).status).toBe(201);
    const problem = await expectProblem(
      await server.send("POST", "/consents/b-consent-1/withdrawal", {
        withdrawnAt: "2026-04-01T10:00:00Z",
      }),
      422,
      "validation",
    );
    expect(problem.errors?.[0]).toEqual(
      expect.objectContaining({ field: "withdrawnAt", code: "withdrawn_before_given" }),
    );
  });
});

describe("input refused before it reaches the database (issue 12)", () => {
  const SECRET = "Synthetic Secret";

  /** Posts a registration changed by `change`, expects a 422 and returns its errors, checking no echo. */
  async function refuseRegistration(
    n: number,
    change: (body: ReturnType<typeof registration>) => unknown,
    echo: readonly string[] = [],
  ) {
    const body = change(registration("q", n));
    const response = await server.request("/carers", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
    const problem = await expectProblem(response, 422, "validation");
    const text = JSON.stringify(problem);
    for (const value of [SECRET, ...echo]) expect(text).not.toContain(value);
    await expectProblem(await server.request(`/carers/q-carer-${n}`), 404, "not-found");
    return problem.errors ?? [];
  }

  it("answers a NUL or a lone surrogate in any string with 422 naming the field", async () => {
    const nul = await refuseRegistration(1, (b) => {
      b.carer["name"] = { full: `${SECRET}\u0000Name` };
      return b;
    });
    expect(nul).toEqual([
      expect.objectContaining({ field: "carer.name.full", code: "control_character" }),
    ]);
    // JSON text with an escaped lone surrogate, as a client would send it.
    const lone = await refuseRegistration(2, (b) =>
      JSON.stringify(b).replace('"Synthetic routine', '"\\ud800Synthetic routine'),
    );
    expect(lone).toEqual([
      expect.objectContaining({ field: "caredFor.aboutMe.routines.0", code: "lone_surrogate" }),
    ]);
    const assessment = await server.send("POST", "/assessments", {
      id: "q-assess-1",
      carerId: "b-carer-1",
      instrumentId: "phq9",
      assessedOn: "2026-01-02",
      answers: { "phq9_1\u0000": 1 },
    });
    const problem = await expectProblem(assessment, 422, "validation");
    // A refused answer key is named in the field (it is an item id, not a carer's data).
    expect(problem.errors).toEqual([
      expect.objectContaining({ field: "answers.phq9_1\u0000", code: "invalid_key" }),
    ]);
  });

  it.each(["__proto__", "constructor", "toString"])(
    "answers a top-level %s key with 422, in the registration and in an entity",
    async (key) => {
      const top = await refuseRegistration(3, (b) =>
        JSON.stringify(b).replace(/^\{/, `{"${key}":{"polluted":true},`),
      );
      expect(top).toEqual([expect.objectContaining({ field: key, code: "unrecognized_keys" })]);
      const inner = await refuseRegistration(4, (b) =>
        JSON.stringify(b).replace('"carer":{', `"carer":{"${key}":1,`),
      );
      expect(inner).toEqual([
        expect.objectContaining({ field: "carer", code: "unrecognized_keys" }),
      ]);
    },
  );

  it("answers a date of birth in the future or before 1900 with 422, never repeating it", async () => {
    const future = await refuseRegistration(
      5,
      (b) => {
        b.carer["dateOfBirth"] = "2099-04-09";
        return b;
      },
      ["2099-04-09"],
    );
    expect(future).toEqual([
      expect.objectContaining({ field: "carer.dateOfBirth", code: "date_in_future" }),
    ]);
    const early = await refuseRegistration(
      6,
      (b) => {
        b.caredFor["dateOfBirth"] = "1899-12-31";
        return b;
      },
      ["1899-12-31"],
    );
    expect(early).toEqual([
      expect.objectContaining({ field: "caredFor.dateOfBirth", code: "out_of_span" }),
    ]);
  });

  it("answers a relationship starting before the carer was born with 422", async () => {
    const errors = await refuseRegistration(
      7,
      (b) => {
        b.relationship["startDate"] = "1950-01-01";
        return b;
      },
      ["1950-01-01", "1961-04-09"],
    );
    expect(errors).toEqual([
      expect.objectContaining({ field: "relationship.startDate", code: "starts_before_birth" }),
    ]);
  });

  it("answers a future assessment date with 422 and stores nothing", async () => {
    const response = await server.send("POST", "/assessments", {
      id: "q-assess-2",
      carerId: "b-carer-1",
      instrumentId: "phq9",
      assessedOn: "2099-01-02",
      answers: { phq9_1: 7 },
    });
    const problem = await expectProblem(response, 422, "validation");
    expect(problem.errors).toEqual([
      expect.objectContaining({ field: "assessedOn", code: "date_in_future" }),
    ]);
    expect(JSON.stringify(problem)).not.toContain("2099-01-02");
  });

  it("answers a bad safeguarding concern or move with 422 naming the field, never repeating it", async () => {
    const path = "/carers/b-carer-1/safeguarding-concerns";
    const concern = {
      id: "q-sg-1",
      status: "raised",
      raisedBy: "staff-coordinator-1",
      raisedOn: "2026-01-03",
      about: { personId: "b-carer-1", role: "carer" },
      categories: ["Synthetic-category-Q"],
      immediateRisk: "Synthetic-risk-Q",
    };
    const problem = await expectProblem(
      await server.send("POST", path, concern),
      422,
      "validation",
    );
    expect(fieldsOf(problem).sort()).toEqual(["categories.0", "immediateRisk"]);
    expect(JSON.stringify(problem)).not.toContain("Synthetic-");
    const future = { ...concern, categories: ["self_neglect"], immediateRisk: false };
    const late = await server.send("POST", path, { ...future, raisedOn: "2099-01-02" });
    const lateProblem = await expectProblem(late, 422, "validation");
    expect(fieldsOf(lateProblem)).toEqual(["raisedOn"]);
    expect(JSON.stringify(lateProblem)).not.toContain("2099-01-02");
    const notCaller = await server.send("POST", path, { ...future, raisedBy: "someone-else" });
    expect(fieldsOf(await expectProblem(notCaller, 422, "validation"))).toEqual(["raisedBy"]);
    expect((await server.send("POST", path, future)).status).toBe(201);
    const move = await server.send("POST", `${path}/q-sg-1/transitions`, {
      to: "referred",
      on: "2026-01-04",
      localAuthority: "",
    });
    const moveProblem = await expectProblem(move, 422, "validation");
    expect(fieldsOf(moveProblem).sort()).toEqual(["localAuthority", "reference"]);
  });

  it("never repeats an option, an answer or an NHS number's check digit", async () => {
    const errors = await refuseRegistration(
      8,
      (b) => {
        b.carer["status"] = "SyntheticSecretStatus";
        b.caredFor["nhsNumber"] = "999 000 0019";
        return b;
      },
      ["SyntheticSecretStatus", "0019", "999 000"],
    );
    expect(errors.map((e) => e.code).sort()).toEqual(["invalid_value", "nhs_number_check_digit"]);
    const scored = await server.send("POST", "/assessments", {
      id: "q-assess-3",
      carerId: "b-carer-1",
      instrumentId: "phq9",
      assessedOn: "2026-01-02",
      answers: { phq9_1: 7 },
    });
    const problem = await expectProblem(scored, 422, "validation");
    expect(JSON.stringify(problem)).not.toMatch(/got 7\b/);
  });
});

const ECHO = "Synthetic-Q";

/** Sends a body, expects a problem of this status and kind, checks no echo, returns its fields. */
async function refused(
  method: "POST" | "PUT",
  path: string,
  body: unknown,
  status = 422,
  kind = "validation",
): Promise<string[]> {
  const problem = await expectProblem(await server.send(method, path, body), status, kind);
  const text = JSON.stringify(problem);
  for (const value of [ECHO, "2099"]) expect(text, path).not.toContain(value);
  return fieldsOf(problem).sort();
}

describe("the pathway's bodies (issue 16)", () => {
  it("names each bad field of a referral: unknown, control character, future, not initial, another carer", async () => {
    const path = "/carers/b-carer-1/referrals";
    const good = referralBody("b-ref-1", "b-carer-1");
    expect(await refused("POST", path, { ...good, priority: ECHO })).toEqual([""]);
    expect(await refused("POST", path, { ...good, reason: `${ECHO}\u0000` })).toEqual(["reason"]);
    expect(await refused("POST", path, { ...good, receivedAt: "2099-01-02T10:00:00Z" })).toEqual([
      "receivedAt",
    ]);
    expect(
      await refused("POST", path, {
        ...good,
        history: [{ to: "contacted", at: "2026-03-03T09:00:00Z" }],
      }),
    ).toEqual(["history"]);
    expect(await refused("POST", path, { ...good, carerId: "b-carer-2" })).toEqual(["carerId"]);
    expect(await refused("POST", path, { ...good, source: ECHO })).toEqual(["source"]);
    expect((await server.send("POST", path, good)).status).toBe(201);
    await refused("POST", path, good, 409, "conflict");
  });

  it("refuses an illegal move with 409 naming it, and a bad step with 422 naming the field", async () => {
    const path = "/referrals/b-ref-1/transitions";
    const at = "2026-03-04T09:00:00Z";
    expect(await refused("POST", path, { to: "reviewed", at }, 409, "conflict")).toEqual(["to"]);
    expect(await refused("POST", path, { to: "declined", at })).toEqual(["reason"]);
    expect(await refused("POST", path, { to: "contacted", at: "2099-01-02T09:00:00Z" })).toEqual([
      "at",
    ]);
    expect(await refused("POST", path, { to: "contacted", at, by: ECHO })).toEqual([""]);
    expect(await refused("POST", path, { to: "contacted", at, reason: `${ECHO}\u0007` })).toEqual([
      "reason",
    ]);
    expect(await refused("POST", path, { to: ECHO, at })).toEqual(["to"]);
    expect(await refused("POST", path, { to: "contacted", at: "2026-03-01T09:00:00Z" })).toEqual([
      "at",
    ]);
    const moved = await server.send("POST", path, { to: "contacted", at });
    expect(await moved.json()).toMatchObject({ status: "contacted" });
  });

  it("names each bad field of an emergency plan, and reports what a partial plan lacks", async () => {
    const path = "/carers/b-carer-1/emergency-plan";
    const good = emergencyPlanBody("b-plan-1", "b-carer-1", "b-person-1");
    expect(await refused("PUT", path, { ...good, reviewOn: "2026-01-01" })).toEqual(["reviewOn"]);
    expect(
      await refused("PUT", path, { ...good, updatedOn: "2099-01-02", reviewOn: "2099-06-01" }),
    ).toEqual(["updatedOn"]);
    expect(await refused("PUT", path, { ...good, caredForId: "b-person-9" })).toEqual([
      "caredForId",
    ]);
    expect(await refused("PUT", path, { ...good, routines: [`${ECHO}\u0000`] })).toEqual([
      "routines.0",
    ]);
    expect(await refused("PUT", path, { ...good, colour: ECHO })).toEqual([""]);
    const partial = await server.send("PUT", path, { ...good, reviewOn: "2026-06-01" });
    expect(await partial.json()).toMatchObject({
      completeness: {
        complete: false,
        gaps: [expect.objectContaining({ section: "professionals" })],
        sectionsComplete: 6,
      },
      review: { reviewOn: "2026-06-01", overdue: true },
    });
  });

  it("names each bad field of a break; a taken break cannot be in the future", async () => {
    const path = "/carers/b-carer-1/breaks";
    const good = breakBody("b-break-1", "b-carer-1");
    const future = { startsOn: "2099-01-02", endsOn: "2099-01-03" };
    expect(await refused("POST", path, { ...good, ...future })).toEqual(["endsOn", "startsOn"]);
    expect(
      (await server.send("POST", path, { ...good, ...future, id: "b-break-p", status: "planned" }))
        .status,
    ).toBe(201);
    expect(await refused("POST", path, { ...good, type: ECHO })).toEqual(["type"]);
    expect(await refused("POST", path, { ...good, hours: 99 })).toEqual(["hours"]);
    expect(await refused("POST", path, { ...good, provider: `${ECHO}\u0000` })).toEqual([
      "provider",
    ]);
    expect(await refused("POST", path, { ...good, carerId: "b-carer-2" })).toEqual(["carerId"]);
    expect((await server.send("POST", path, good)).status).toBe(201);
    await refused("POST", path, good, 409, "conflict");
  });

  it("answers 404 for a pathway record that does not exist", async () => {
    for (const path of [
      "/referrals/nobody",
      "/carers/nobody/referrals",
      "/carers/nobody/breaks",
      "/carers/nobody/emergency-plan",
      "/carers/b-carer-2/emergency-plan",
    ])
      await expectProblem(await server.request(path), 404, "not-found");
    await refused(
      "POST",
      "/referrals/nobody/transitions",
      { to: "contacted", at: "2026-03-04T09:00:00Z" },
      404,
      "not-found",
    );
  });
});

describe("outreach and carer voice bodies (issue 18)", () => {
  it("names each bad field of an outreach event: unknown, control character, future, a part above its whole", async () => {
    const path = "/outreach-events";
    const good = outreachBody("b-out-1");
    expect(await refused("POST", path, { ...good, attendees: [ECHO] })).toEqual([""]);
    expect(await refused("POST", path, { ...good, place: `${ECHO}\u0000` })).toEqual(["place"]);
    expect(await refused("POST", path, { ...good, date: "2099-01-02" })).toEqual(["date"]);
    expect(await refused("POST", path, { ...good, carersIdentified: 105 })).toEqual([
      "carersIdentified",
    ]);
    expect(await refused("POST", path, { ...good, kind: ECHO })).toEqual(["kind"]);
    expect((await server.send("POST", path, good)).status).toBe(201);
    await refused("POST", path, good, 409, "conflict");
  });

  it("names each bad field of feedback: unknown, control character, future, later steps, another carer, a theme outside the codebook", async () => {
    const path = "/carers/b-carer-1/feedback";
    const good = complaintBody("b-cmp-1", "b-carer-1");
    expect(await refused("POST", path, { ...good, mood: ECHO })).toEqual([""]);
    expect(await refused("POST", path, { ...good, text: `${ECHO}\u0007` })).toEqual(["text"]);
    expect(await refused("POST", path, { ...good, receivedOn: "2099-01-02" })).toEqual([
      "receivedOn",
    ]);
    expect(
      await refused("POST", path, {
        ...good,
        status: "acknowledged",
        acknowledgedOn: "2026-04-07",
      }),
    ).toEqual(["acknowledgedOn", "status"]);
    expect(await refused("POST", path, { ...good, fromCarerId: "b-carer-2" })).toEqual([
      "fromCarerId",
    ]);
    expect(await refused("POST", path, { ...good, kind: ECHO })).toEqual(["kind"]);
    expect(
      await refused("POST", path, {
        ...complimentBody("b-fb-s"),
        kind: "session_feedback",
        programmeId: "b-prog",
        sessionId: "b-prog-s1",
      }),
    ).toEqual(["kind"]);
    const unknownTheme = await refused("POST", path, { ...good, themes: ["synthetic_q"] });
    expect(unknownTheme).toEqual(["themes.0"]);
    const problem = await problemOf(
      await server.send("POST", path, { ...good, themes: ["synthetic_q"] }),
    );
    expect(JSON.stringify(problem)).not.toContain("synthetic_q");
    await refused("POST", "/carers/nobody/feedback", complimentBody("b-fb-x"), 404, "not-found");
    expect((await server.send("POST", path, good)).status).toBe(201);
    await refused("POST", path, good, 409, "conflict");
    await refused("POST", path, complimentBody("b-cmp-1"), 409, "conflict");
    expect((await server.send("POST", path, complimentBody("b-fb-1"))).status).toBe(201);
  });

  it("refuses an illegal complaint move with 409 naming it, and a bad step with 422 naming the field", async () => {
    const path = "/complaints/b-cmp-1/transitions";
    const on = "2026-04-07";
    expect(await refused("POST", path, { to: "closed", on }, 409, "conflict")).toEqual(["status"]);
    expect(await refused("POST", path, { to: "acknowledged", on: "2099-01-02" })).toEqual(["on"]);
    expect(await refused("POST", path, { to: "acknowledged", on: "2026-04-01" })).toEqual([
      "acknowledgedOn",
    ]);
    expect(await refused("POST", path, { to: "acknowledged", on, by: ECHO })).toEqual([""]);
    expect(await refused("POST", path, { to: ECHO, on })).toEqual(["to"]);
    expect(await refused("POST", path, { to: "responded", on, response: `${ECHO}\u0000` })).toEqual(
      ["response"],
    );
    for (const missing of ["/complaints/nobody/transitions", "/complaints/b-fb-1/transitions"])
      await refused("POST", missing, { to: "acknowledged", on }, 404, "not-found");
    const moved = await server.send("POST", path, { to: "acknowledged", on });
    expect(await moved.json()).toMatchObject({ complaint: { status: "acknowledged" } });
  });

  it("answers a theme period outside the vocabulary with 422", async () => {
    const response = await server.request(`/feedback/themes?period=${ECHO}`);
    const problem = await expectProblem(response, 422, "validation");
    expect(fieldsOf(problem)).toEqual(["period"]);
    expect(JSON.stringify(problem)).not.toContain(ECHO);
  });
});

describe("unknown ids", () => {
  it("answers 404 for a record named in the URL that does not exist", async () => {
    const misses: [string, "GET" | "POST" | "PUT", unknown?][] = [
      ["/carers/nobody", "GET"],
      ["/carers/nobody/assessments", "GET"],
      ["/programmes/none", "GET"],
      ["/programmes/none/calendar.ics", "GET"],
      ["/programmes/none/evaluation", "GET"],
      ["/programmes/none/enrolments", "POST", { carerId: "b-carer-1" }],
      ["/programmes/b-prog/sessions/b-prog-s99/attendance", "PUT", { marks: {} }],
      ["/consents/none/withdrawal", "POST", { withdrawnAt: "2026-04-01T10:00:00Z" }],
      ["/cared-for/nobody/circle", "PUT", { id: "c", caredForId: "nobody", members: [] }],
      ["/no/such/route", "GET"],
    ];
    for (const [path, method, body] of misses) {
      const response =
        method === "GET" ? await server.request(path) : await server.send(method, path, body);
      const problem = await expectProblem(response, 404, "not-found");
      expect(problem.instance, path).toBe(path);
    }
    for (const path of ["/people/nobody/shared-with-me", "/people/b-carer-1/shared-with-me"]) {
      const response = await server.request(path, {}, { role: "circle-member", subject: "m-1" });
      await expectProblem(response, 404, "not-found");
    }
  });

  it("answers 422 naming the field for a body that refers to a record that does not exist", async () => {
    const cases: [string, unknown, string][] = [
      [
        "/consents",
        {
          id: "b-c-x",
          subjectId: "nobody",
          purpose: "evaluation",
          scope: ["assessments"],
          givenAt: "2026-01-01T00:00:00Z",
        },
        "subjectId",
      ],
      [
        "/assessments",
        {
          id: "b-a-x",
          carerId: "nobody",
          instrumentId: "phq2",
          assessedOn: "2026-01-01",
          answers: { phq2_1: 0, phq2_2: 0 },
        },
        "carerId",
      ],
      ["/programmes/b-prog/enrolments", { carerId: "nobody" }, "carerId"],
      ["/service-matches", { needs: ["peer_support"], carerId: "nobody" }, "carerId"],
    ];
    for (const [path, body, field] of cases) {
      const problem = await expectProblem(await server.send("POST", path, body), 422, "validation");
      expect(fieldsOf(problem), path).toEqual([field]);
    }
    const stranger = await server.send("PUT", "/programmes/b-prog/sessions/b-prog-s1/attendance", {
      marks: { "b-carer-1": "attended" },
    });
    expect(fieldsOf(await expectProblem(stranger, 422, "validation"))).toEqual(["marks.b-carer-1"]);
  });

  it("answers 409 for an id that is already taken", async () => {
    await expectProblem(
      await server.send("POST", "/carers", registration("b", 1)),
      409,
      "conflict",
    );
    await expectProblem(
      await server.send("POST", "/programmes", programmeBody("b-prog", 5)),
      409,
      "conflict",
    );
  });

  it("rejects categories outside the vocabulary in the shared view", async () => {
    const circle = {
      id: "b-circle",
      caredForId: "b-person-1",
      members: [
        { kind: "friend", id: "b-friend", name: "Synthetic friend", mayView: ["contact_details"] },
      ],
    };
    expect((await server.send("PUT", "/cared-for/b-person-1/circle", circle)).status).toBe(200);
    const response = await server.request(
      "/people/b-carer-1/shared-with-me?categories=contact_details,diary",
      {},
      { role: "circle-member", subject: "b-friend" },
    );
    expect(fieldsOf(await expectProblem(response, 422, "validation"))).toEqual(["categories.1"]);
  });
});
