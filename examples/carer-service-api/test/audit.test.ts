// Every read or write of personal data appends one audit row in the same transaction: who,
// role, action, subject, purpose, request id, route template and time. Refused requests read
// nothing and record nothing. No audit row holds a personal value.
import { beforeAll, describe, expect, it } from "vitest";
import type { Identity } from "../src/auth/roles.ts";
import {
  breakBody,
  complaintBody,
  emergencyPlanBody,
  onwardReferralBody,
  outreachBody,
  programmeBody,
  referralBody,
  registration,
  secretsOf,
  supportContactBody,
  swemwbs,
} from "./fixtures.ts";
import { COORDINATOR, useTestServer } from "./harness.ts";

const server = useTestServer();
const registered = [registration("u", 1), registration("u", 2)];
const CARER: Identity = { role: "carer", subject: "u-carer-1" };
const WORKER: Identity = { role: "support-worker", subject: "sw-u" };
const MEMBER: Identity = { role: "circle-member", subject: "u-friend" };
const SAFEGUARDING_NOTE = "Synthetic safeguarding note about U";
const ANALYST: Identity = { role: "analyst", subject: "analyst-u" };
const DECLINE_NOTE = "Synthetic decline note about U";
const PATHWAY_TEXTS = [
  "Synthetic ward 7",
  "Synthetic reason: husband discharged home",
  "Synthetic Neighbour",
  "01632 960999",
  "Synthetic routine: tea at four",
  "Synthetic sitting service",
  DECLINE_NOTE,
];
// Casework (issue 18): the notes of a support contact and of an onward referral.
const CASEWORK_NOTES = [
  "Synthetic contact note: worried about discharge",
  "Synthetic referral note: prefers afternoons",
  "Synthetic break-glass reason about U",
];
const VOICE_RESPONSE = "Synthetic response to U: we have spoken to the sitting service";
const VOICE_TEXTS = [String(complaintBody("u-cmp-1", "u-carer-1")["text"]), VOICE_RESPONSE];
const planConsent = (id: string, subjectId: string, scope: string[]) => ({
  id,
  subjectId,
  purpose: "share_with_circle_member",
  recipientId: "u-friend",
  scope,
  givenAt: "2026-03-01T00:00:00Z",
  method: "written",
});

interface Step {
  readonly as: Identity;
  readonly method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  readonly path: string;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  /** The audit row expected: action, subject, purpose, route template. */
  readonly audit: readonly [string, string | null, string, string];
}

const STEPS: readonly Step[] = [
  {
    as: WORKER,
    method: "POST",
    path: "/carers",
    body: registered[0],
    audit: ["create", "u-carer-1", "direct_care", "/carers"],
  },
  {
    as: COORDINATOR,
    method: "POST",
    path: "/carers",
    body: registered[1],
    audit: ["create", "u-carer-2", "direct_care", "/carers"],
  },
  {
    as: CARER,
    method: "GET",
    path: "/carers/u-carer-1",
    audit: ["read", "u-carer-1", "direct_care", "/carers/:carerId"],
  },
  {
    as: WORKER,
    method: "PUT",
    path: "/cared-for/u-person-1/circle",
    body: {
      id: "u-circle",
      caredForId: "u-person-1",
      members: [
        { kind: "friend", id: "u-friend", name: "Synthetic friend", mayView: ["contact_details"] },
      ],
    },
    audit: ["update", "u-person-1", "direct_care", "/cared-for/:caredForId/circle"],
  },
  {
    as: CARER,
    method: "POST",
    path: "/consents",
    body: {
      id: "u-consent",
      subjectId: "u-carer-1",
      purpose: "share_with_circle_member",
      recipientId: "u-friend",
      scope: ["contact_details"],
      givenAt: "2026-01-01T00:00:00Z",
      method: "written",
    },
    audit: ["create", "u-carer-1", "direct_care", "/consents"],
  },
  {
    as: MEMBER,
    method: "GET",
    path: "/people/u-carer-1/shared-with-me",
    audit: ["share", "u-carer-1", "care_circle_sharing", "/people/:subjectId/shared-with-me"],
  },
  {
    as: WORKER,
    method: "POST",
    path: "/assessments",
    body: {
      id: "u-a-1",
      carerId: "u-carer-1",
      instrumentId: "swemwbs",
      assessedOn: "2026-01-02",
      answers: swemwbs(3),
    },
    audit: ["create", "u-carer-1", "direct_care", "/assessments"],
  },
  {
    as: CARER,
    method: "GET",
    path: "/carers/u-carer-1/assessments",
    audit: ["read", "u-carer-1", "direct_care", "/carers/:carerId/assessments"],
  },
  {
    as: WORKER,
    method: "POST",
    path: "/service-matches",
    body: { needs: ["peer_support"], carerId: "u-carer-1" },
    audit: ["read", "u-carer-1", "direct_care", "/service-matches"],
  },
  {
    as: WORKER,
    method: "POST",
    path: "/programmes/u-prog/enrolments",
    body: { carerId: "u-carer-1" },
    audit: ["create", "u-carer-1", "direct_care", "/programmes/:programmeId/enrolments"],
  },
  {
    as: WORKER,
    method: "PUT",
    path: "/programmes/u-prog/sessions/u-prog-s1/attendance",
    body: { marks: { "u-carer-1": "attended" } },
    audit: [
      "update",
      "u-carer-1",
      "direct_care",
      "/programmes/:programmeId/sessions/:sessionId/attendance",
    ],
  },
  {
    as: ANALYST,
    method: "GET",
    path: "/programmes/u-prog/evaluation",
    audit: ["read", null, "service_evaluation", "/programmes/:programmeId/evaluation"],
  },
  {
    as: CARER,
    method: "PATCH",
    path: "/carers/u-carer-1",
    headers: { "if-match": '"v1"' },
    body: { notes: "Synthetic correction" },
    audit: ["update", "u-carer-1", "rectification", "/carers/:carerId"],
  },
  {
    as: WORKER,
    method: "POST",
    path: "/consents/u-consent/withdrawal",
    body: { withdrawnAt: "2026-02-01T09:00:00Z" },
    audit: ["update", "u-carer-1", "direct_care", "/consents/:consentId/withdrawal"],
  },
  {
    as: COORDINATOR,
    method: "PUT",
    path: "/carers/u-carer-1/support-worker",
    body: { supportWorker: "sw-u" },
    audit: ["update", "u-carer-1", "direct_care", "/carers/:carerId/support-worker"],
  },
  {
    as: CARER,
    method: "GET",
    path: "/carers/u-carer-1/export",
    audit: ["export", "u-carer-1", "subject_access", "/carers/:carerId/export"],
  },
  {
    as: WORKER,
    method: "POST",
    path: "/carers/u-carer-1/safeguarding-concerns",
    body: {
      id: "u-sg-1",
      status: "raised",
      raisedBy: "sw-u",
      raisedOn: "2026-01-03",
      about: { personId: "u-carer-1", role: "carer" },
      categories: ["self_neglect"],
      immediateRisk: false,
      actionTaken: SAFEGUARDING_NOTE,
    },
    audit: ["create", "u-carer-1", "direct_care", "/carers/:carerId/safeguarding-concerns"],
  },
  {
    as: WORKER,
    method: "GET",
    path: "/carers/u-carer-1/safeguarding-concerns",
    audit: ["read", "u-carer-1", "direct_care", "/carers/:carerId/safeguarding-concerns"],
  },
  {
    as: WORKER,
    method: "GET",
    path: "/carers/u-carer-1/safeguarding-concerns/u-sg-1",
    audit: [
      "read",
      "u-carer-1",
      "direct_care",
      "/carers/:carerId/safeguarding-concerns/:concernId",
    ],
  },
  {
    as: COORDINATOR,
    method: "POST",
    path: "/carers/u-carer-1/safeguarding-concerns/u-sg-1/transitions",
    body: { to: "screened", on: "2026-01-04" },
    audit: [
      "update",
      "u-carer-1",
      "direct_care",
      "/carers/:carerId/safeguarding-concerns/:concernId/transitions",
    ],
  },
  {
    as: WORKER,
    method: "POST",
    path: "/carers/u-carer-1/referrals",
    body: referralBody("u-ref-1", "u-carer-1"),
    audit: ["create", "u-carer-1", "direct_care", "/carers/:carerId/referrals"],
  },
  {
    as: CARER,
    method: "GET",
    path: "/carers/u-carer-1/referrals",
    audit: ["read", "u-carer-1", "direct_care", "/carers/:carerId/referrals"],
  },
  {
    as: CARER,
    method: "GET",
    path: "/referrals/u-ref-1",
    audit: ["read", "u-carer-1", "direct_care", "/referrals/:referralId"],
  },
  {
    as: WORKER,
    method: "POST",
    path: "/referrals/u-ref-1/transitions",
    body: { to: "declined", at: "2026-03-03T09:00:00Z", reason: DECLINE_NOTE },
    audit: ["update", "u-carer-1", "direct_care", "/referrals/:referralId/transitions"],
  },
  {
    as: CARER,
    method: "PUT",
    path: "/carers/u-carer-1/emergency-plan",
    body: emergencyPlanBody("u-plan-1", "u-carer-1", "u-person-1"),
    audit: ["update", "u-carer-1", "direct_care", "/carers/:carerId/emergency-plan"],
  },
  {
    as: WORKER,
    method: "GET",
    path: "/carers/u-carer-1/emergency-plan",
    audit: ["read", "u-carer-1", "direct_care", "/carers/:carerId/emergency-plan"],
  },
  {
    as: CARER,
    method: "POST",
    path: "/consents",
    body: planConsent("u-consent-contacts", "u-carer-1", ["contact_details"]),
    audit: ["create", "u-carer-1", "direct_care", "/consents"],
  },
  {
    as: CARER,
    method: "POST",
    path: "/consents",
    body: planConsent("u-consent-plan", "u-person-1", ["care_plan", "about_me"]),
    audit: ["create", "u-person-1", "direct_care", "/consents"],
  },
  {
    as: MEMBER,
    method: "GET",
    path: "/carers/u-carer-1/emergency-plan/shared-with-me",
    audit: [
      "share",
      "u-carer-1",
      "care_circle_sharing",
      "/carers/:carerId/emergency-plan/shared-with-me",
    ],
  },
  {
    as: CARER,
    method: "POST",
    path: "/carers/u-carer-1/breaks",
    body: breakBody("u-break-1", "u-carer-1"),
    audit: ["create", "u-carer-1", "direct_care", "/carers/:carerId/breaks"],
  },
  {
    as: WORKER,
    method: "GET",
    path: "/carers/u-carer-1/breaks",
    audit: ["read", "u-carer-1", "direct_care", "/carers/:carerId/breaks"],
  },
  {
    as: ANALYST,
    method: "GET",
    path: "/pathway/funnel",
    audit: ["read", null, "service_evaluation", "/pathway/funnel"],
  },
  // Casework (issue 18).
  {
    as: WORKER,
    method: "POST",
    path: "/carers/u-carer-1/support-contacts",
    body: supportContactBody("u-sc-1", "u-carer-1"),
    audit: ["create", "u-carer-1", "direct_care", "/carers/:carerId/support-contacts"],
  },
  {
    as: WORKER,
    method: "GET",
    path: "/carers/u-carer-1/support-contacts",
    audit: ["read", "u-carer-1", "direct_care", "/carers/:carerId/support-contacts"],
  },
  {
    as: WORKER,
    method: "POST",
    path: "/carers/u-carer-1/onward-referrals",
    body: onwardReferralBody("u-or-1", "u-carer-1"),
    audit: ["create", "u-carer-1", "direct_care", "/carers/:carerId/onward-referrals"],
  },
  {
    as: WORKER,
    method: "GET",
    path: "/carers/u-carer-1/onward-referrals",
    audit: ["read", "u-carer-1", "direct_care", "/carers/:carerId/onward-referrals"],
  },
  {
    as: WORKER,
    method: "POST",
    path: "/carers/u-carer-1/onward-referrals/u-or-1/outcome",
    body: { outcome: "declined", outcomeOn: "2026-04-02" },
    audit: [
      "update",
      "u-carer-1",
      "direct_care",
      "/carers/:carerId/onward-referrals/:referralId/outcome",
    ],
  },
  {
    as: COORDINATOR,
    method: "PUT",
    path: "/carers/u-carer-1/key-worker",
    body: { workerId: "sw-u" },
    audit: ["update", "u-carer-1", "direct_care", "/carers/:carerId/key-worker"],
  },
  {
    as: WORKER,
    method: "GET",
    path: "/caseload",
    audit: ["read", null, "direct_care", "/caseload"],
  },
  {
    as: ANALYST,
    method: "GET",
    path: "/casework/summary",
    audit: ["read", null, "service_evaluation", "/casework/summary"],
  },
  {
    as: WORKER,
    method: "POST",
    path: "/carers/u-carer-2/break-glass",
    body: { reason: "Synthetic break-glass reason about U" },
    audit: ["create", "u-carer-2", "break_glass", "/carers/:carerId/break-glass"],
  },
  {
    as: COORDINATOR,
    method: "GET",
    path: "/break-glass",
    audit: ["read_audit", null, "audit_review", "/break-glass"],
  },
  {
    as: WORKER,
    method: "POST",
    path: "/outreach-events",
    body: outreachBody("u-out-1"),
    audit: ["create", "u-out-1", "service_evaluation", "/outreach-events"],
  },
  {
    as: WORKER,
    method: "GET",
    path: "/outreach-events",
    audit: ["read", null, "service_evaluation", "/outreach-events"],
  },
  {
    as: ANALYST,
    method: "GET",
    path: "/outreach/summary",
    audit: ["read", null, "service_evaluation", "/outreach/summary"],
  },
  {
    as: CARER,
    method: "POST",
    path: "/carers/u-carer-1/feedback",
    body: complaintBody("u-cmp-1", "u-carer-1"),
    audit: ["create", "u-carer-1", "direct_care", "/carers/:carerId/feedback"],
  },
  {
    as: WORKER,
    method: "GET",
    path: "/carers/u-carer-1/feedback",
    audit: ["read", "u-carer-1", "direct_care", "/carers/:carerId/feedback"],
  },
  {
    as: COORDINATOR,
    method: "GET",
    path: "/complaints",
    audit: ["read", "u-carer-1", "direct_care", "/complaints"],
  },
  {
    as: COORDINATOR,
    method: "POST",
    path: "/complaints/u-cmp-1/transitions",
    body: { to: "acknowledged", on: "2026-04-09" },
    audit: ["update", "u-carer-1", "direct_care", "/complaints/:complaintId/transitions"],
  },
  {
    as: COORDINATOR,
    method: "POST",
    path: "/complaints/u-cmp-1/transitions",
    body: { to: "responded", on: "2026-04-10", response: VOICE_RESPONSE },
    audit: ["update", "u-carer-1", "direct_care", "/complaints/:complaintId/transitions"],
  },
  {
    as: ANALYST,
    method: "GET",
    path: "/feedback/themes",
    audit: ["read", null, "service_evaluation", "/feedback/themes"],
  },
  {
    as: ANALYST,
    method: "GET",
    path: "/fairness",
    audit: ["read", null, "service_evaluation", "/fairness"],
  },
  {
    as: COORDINATOR,
    method: "GET",
    path: "/carers/u-carer-1/access-log",
    audit: ["read_audit", "u-carer-1", "audit_review", "/carers/:carerId/access-log"],
  },
  {
    as: COORDINATOR,
    method: "DELETE",
    path: "/carers/u-carer-2",
    audit: ["erase", "u-carer-2", "erasure", "/carers/:carerId"],
  },
];

interface AuditRow extends Record<string, unknown> {
  actor: string;
  actor_role: string;
  action: string;
  subject_id: string | null;
  purpose: string;
  route: string;
  at: string;
}

const rowsFor = (requestId: string) =>
  server.db.query<AuditRow>(
    `SELECT actor, actor_role, action, subject_id, purpose, route, at::text AS at
       FROM audit_events WHERE request_id = $1 ORDER BY id`,
    [requestId],
  );

beforeAll(async () => {
  expect((await server.send("POST", "/programmes", programmeBody("u-prog", 10))).status).toBe(201);
});

describe("the audit trail", () => {
  it("records every personal-data access with who, role, action, subject, purpose, request and route", async () => {
    for (const step of STEPS) {
      const response = await server.request(
        step.path,
        {
          method: step.method,
          headers: {
            ...step.headers,
            ...(step.body === undefined ? {} : { "content-type": "application/json" }),
          },
          ...(step.body === undefined ? {} : { body: JSON.stringify(step.body) }),
        },
        step.as,
      );
      const label = `${step.method} ${step.path}`;
      expect(response.status, label).toBeLessThan(300);
      const requestId = response.headers.get("x-request-id") ?? "";
      const [action, subject, purpose, route] = step.audit;
      const rows = await rowsFor(requestId);
      expect(rows, label).toEqual([
        {
          actor: step.as.subject,
          actor_role: step.as.role,
          action,
          subject_id: subject,
          purpose,
          route,
          at: expect.any(String) as string,
        },
      ]);
    }
  });

  it("records nothing for a refused or out-of-scope request (nothing was read)", async () => {
    for (const [path, as] of [
      ["/carers/u-carer-1", ANALYST],
      ["/carers/u-carer-1", { role: "carer", subject: "someone-else" }],
      ["/carers/u-carer-1", null],
      ["/carers/u-carer-1/safeguarding-concerns", CARER],
      ["/carers/u-carer-1/referrals", ANALYST],
      ["/referrals/u-ref-1", { role: "carer", subject: "someone-else" }],
      ["/carers/u-carer-1/emergency-plan", { role: "support-worker", subject: "sw-x" }],
      [
        "/carers/u-carer-1/emergency-plan/shared-with-me",
        { role: "circle-member", subject: "u-x" },
      ],
      ["/carers/u-carer-1/breaks", MEMBER],
      ["/carers/u-carer-1/support-contacts", CARER],
      ["/carers/u-carer-1/onward-referrals", { role: "support-worker", subject: "sw-x" }],
      ["/casework/summary", WORKER],
      ["/carers/u-carer-1/feedback", ANALYST],
      ["/carers/u-carer-1/feedback", { role: "carer", subject: "someone-else" }],
      ["/complaints", WORKER],
      [
        "/carers/u-carer-1/safeguarding-concerns/u-sg-1",
        { role: "support-worker", subject: "sw-x" },
      ],
    ] as const) {
      const response = await server.request(path, {}, as);
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(await rowsFor(response.headers.get("x-request-id") ?? "")).toEqual([]);
    }
  });

  it("makes its own request id: a caller's X-Request-Id never reaches the audit trail", async () => {
    const chosen = "Synthetic-Carer-U-1";
    const response = await server.request(
      "/carers/u-carer-1",
      { headers: { "x-request-id": chosen } },
      CARER,
    );
    expect(response.status).toBe(200);
    const id = response.headers.get("x-request-id") ?? "";
    expect(id).not.toBe(chosen);
    expect(await rowsFor(id)).toHaveLength(1);
    expect(await rowsFor(chosen)).toEqual([]);
  });

  it("shows a coordinator who accessed a carer, in order", async () => {
    const response = await server.request("/carers/u-carer-1/access-log");
    const { events } = (await response.json()) as {
      events: { actor: string; actorRole: string; action: string }[];
    };
    expect(events.slice(0, 3).map((e) => `${e.actorRole} ${e.actor} ${e.action}`)).toEqual([
      "support-worker sw-u create",
      "carer u-carer-1 read",
      "carer u-carer-1 create",
    ]);
  });

  it("holds no personal value: no name, date of birth, phone, postcode, NHS number or note", async () => {
    const [row] = await server.db.query<{ dump: string }>(
      "SELECT string_agg(row_to_json(a)::text, '\n') AS dump FROM audit_events a",
    );
    const ids = /^u-(carer|person)-\d$/;
    const secrets = secretsOf(registered).filter((s) => !ids.test(s));
    expect(secrets.length).toBeGreaterThan(10);
    const notes = [SAFEGUARDING_NOTE, ...PATHWAY_TEXTS, ...CASEWORK_NOTES, ...VOICE_TEXTS];
    for (const secret of [...secrets, ...notes]) expect(row?.dump).not.toContain(secret);
    for (const entry of server.logs) {
      for (const secret of [...secrets, ...notes])
        expect(JSON.stringify(entry)).not.toContain(secret);
    }
  });
});
