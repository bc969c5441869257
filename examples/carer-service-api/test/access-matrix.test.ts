// Every route × every role, over HTTP: 403 where the role may never use the route (decided
// before anything is read), 404 where the record is outside the caller's scope (exactly what a
// record that does not exist gets, so existence never leaks), 422 where a body names a carer
// outside it, and success inside it.
import { beforeAll, describe, expect, it } from "vitest";
import type { Identity, Role } from "../src/auth/roles.ts";
import {
  breakBody,
  complaintBody,
  complimentBody,
  emergencyPlanBody,
  onwardReferralBody,
  outreachBody,
  programmeBody,
  referralBody,
  registration,
  supportContactBody,
  swemwbs,
} from "./fixtures.ts";
import { COORDINATOR, problemOf, useTestServer } from "./harness.ts";

const server = useTestServer();

const AS: Readonly<Record<Role, Identity>> = {
  carer: { role: "carer", subject: "m-carer-1" },
  "support-worker": { role: "support-worker", subject: "sw-1" },
  coordinator: COORDINATOR,
  analyst: { role: "analyst", subject: "analyst-1" },
  "circle-member": { role: "circle-member", subject: "m-friend" },
};
const ROLE_ORDER: readonly Role[] = [
  "carer",
  "support-worker",
  "coordinator",
  "analyst",
  "circle-member",
];

const circle = (n: number, member: string) => ({
  id: `m-circle-${n}`,
  caredForId: `m-person-${n}`,
  members: [
    {
      kind: "friend",
      id: member,
      name: "Synthetic friend",
      mayView: ["contact_details", "assessments"],
    },
  ],
});

const consent = (id: string, subjectId: string) => ({
  id,
  subjectId,
  purpose: "share_with_circle_member",
  scope: ["contact_details"],
  recipientId: "m-friend",
  givenAt: "2026-01-10T09:00:00Z",
  method: "written",
});

const assessment = (id: string, carerId: string) => ({
  id,
  carerId,
  instrumentId: "swemwbs",
  assessedOn: "2026-01-02",
  answers: swemwbs(3),
});

const concern = (id: string, raisedBy: string, status: "draft" | "raised" = "raised") => ({
  id,
  status,
  raisedBy,
  raisedOn: "2026-01-03",
  about: { personId: "m-carer-1", role: "carer" },
  categories: status === "draft" ? [] : ["self_neglect"],
  immediateRisk: false,
});

const plan = (n: number) => emergencyPlanBody(`m-plan-${n}`, `m-carer-${n}`, `m-person-${n}`);

const planConsent = {
  ...consent("m-consent-plan", "m-person-1"),
  scope: ["care_plan", "about_me"],
};

const move = { to: "contacted", at: "2026-03-03T09:00:00Z" };

const short = (role: Role): string => role.replace(/[^a-z]/g, "").slice(0, 6);

beforeAll(async () => {
  const setup: [string, string, unknown][] = [
    ["POST", "/carers", registration("m", 1)],
    ["POST", "/carers", registration("m", 2)],
    ["PUT", "/carers/m-carer-1/support-worker", { supportWorker: "sw-1" }],
    ["PUT", "/carers/m-carer-2/support-worker", { supportWorker: "sw-2" }],
    ["PUT", "/cared-for/m-person-1/circle", circle(1, "m-friend")],
    ["PUT", "/cared-for/m-person-2/circle", circle(2, "m-stranger")],
    ["POST", "/consents", consent("m-consent-1", "m-carer-1")],
    ["POST", "/programmes", programmeBody("m-prog", 10)],
    ["POST", "/programmes/m-prog/enrolments", { carerId: "m-carer-1" }],
    ["POST", "/programmes/m-prog/enrolments", { carerId: "m-carer-2" }],
    ["POST", "/carers/m-carer-1/referrals", referralBody("m-ref-1", "m-carer-1")],
    ["POST", "/carers/m-carer-2/referrals", referralBody("m-ref-2", "m-carer-2")],
    ["PUT", "/carers/m-carer-1/emergency-plan", plan(1)],
    ["PUT", "/carers/m-carer-2/emergency-plan", plan(2)],
    ["POST", "/carers/m-carer-1/breaks", breakBody("m-break-1", "m-carer-1")],
    ["POST", "/carers/m-carer-2/breaks", breakBody("m-break-2", "m-carer-2")],
    // The cared-for person's consent to share their plan with the friend (the carer's own
    // m-consent-1 covers the step-in contacts); the stranger around m-person-2 has none.
    ["POST", "/consents", planConsent],
    // Casework (issue 18).
    ["POST", "/carers/m-carer-2/onward-referrals", onwardReferralBody("m-or-2", "m-carer-2")],
    // Outreach and carer voice (issue 18).
    ["POST", "/outreach-events", outreachBody("m-out-1")],
    ["POST", "/carers/m-carer-1/feedback", complaintBody("m-cmp-1", "m-carer-1")],
    ["POST", "/carers/m-carer-2/feedback", complaintBody("m-cmp-2", "m-carer-2")],
  ];
  for (const role of ROLE_ORDER) {
    setup.push(["POST", "/programmes", programmeBody(`m-prog-${short(role)}`, 10)]);
    setup.push(["POST", "/consents", consent(`m-own-${short(role)}`, "m-carer-1")]);
    setup.push(["POST", "/consents", consent(`m-other-${short(role)}`, "m-carer-2")]);
    setup.push(["POST", "/carers", registration(`e${short(role)}`, 1)]);
    setup.push([
      "POST",
      "/carers/m-carer-1/referrals",
      referralBody(`m-ref-t-${short(role)}`, "m-carer-1"),
    ]);
    setup.push([
      "POST",
      "/carers/m-carer-1/onward-referrals",
      onwardReferralBody(`m-or-t-${short(role)}`, "m-carer-1"),
    ]);
    setup.push([
      "POST",
      "/carers/m-carer-1/feedback",
      complaintBody(`m-cmp-t-${short(role)}`, "m-carer-1"),
    ]);
  }
  for (const [method, path, body] of setup) {
    const response = await server.send(method as "POST" | "PUT", path, body);
    expect(response.status, `${method} ${path}`).toBeLessThan(300);
  }
  // Safeguarding concerns, each posted by the worker who raises it.
  const sw1 = AS["support-worker"];
  const concerns: [Identity, string, unknown][] = [
    [sw1, "m-carer-1", concern("m-sg-1", sw1.subject)],
    [COORDINATOR, "m-carer-1", concern("m-sg-lead", COORDINATOR.subject)],
    [COORDINATOR, "m-carer-2", concern("m-sg-2", COORDINATOR.subject)],
    ...ROLE_ORDER.map((r): [Identity, string, unknown] => [
      sw1,
      "m-carer-1",
      concern(`m-sg-d-${short(r)}`, sw1.subject, "draft"),
    ]),
  ];
  for (const [as, carerId, body] of concerns) {
    const path = `/carers/${carerId}/safeguarding-concerns`;
    const response = await server.send("POST", path, body, as);
    expect(response.status, `POST ${path}`).toBe(201);
  }
});

type Cell = number;
interface Case {
  readonly name: string;
  readonly method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  readonly path: (role: Role) => string;
  readonly body?: (role: Role) => unknown;
  /** Expected status for carer, support-worker, coordinator, analyst, circle-member. */
  readonly expect: readonly [Cell, Cell, Cell, Cell, Cell];
}

const fixed = (path: string) => () => path;

const CASES: readonly Case[] = [
  {
    name: "read own carer",
    method: "GET",
    path: fixed("/carers/m-carer-1"),
    expect: [200, 200, 200, 403, 403],
  },
  {
    name: "read other carer",
    method: "GET",
    path: fixed("/carers/m-carer-2"),
    expect: [404, 404, 200, 403, 403],
  },
  {
    name: "own assessments",
    method: "GET",
    path: fixed("/carers/m-carer-1/assessments"),
    expect: [200, 200, 200, 403, 403],
  },
  {
    name: "other's assessments",
    method: "GET",
    path: fixed("/carers/m-carer-2/assessments"),
    expect: [404, 404, 200, 403, 403],
  },
  {
    name: "register",
    method: "POST",
    path: fixed("/carers"),
    body: (r) => registration(`r${short(r)}`, 1),
    expect: [403, 201, 201, 403, 403],
  },
  {
    name: "rectify own",
    method: "PATCH",
    path: fixed("/carers/m-carer-1"),
    body: () => ({ notes: "Synthetic note" }),
    expect: [200, 200, 200, 403, 403],
  },
  {
    name: "rectify other",
    method: "PATCH",
    path: fixed("/carers/m-carer-2"),
    body: () => ({ notes: "Synthetic note" }),
    expect: [404, 404, 200, 403, 403],
  },
  {
    name: "export own",
    method: "GET",
    path: fixed("/carers/m-carer-1/export"),
    expect: [200, 403, 200, 403, 403],
  },
  {
    name: "export other",
    method: "GET",
    path: fixed("/carers/m-carer-2/export"),
    expect: [404, 403, 200, 403, 403],
  },
  {
    name: "access log",
    method: "GET",
    path: fixed("/carers/m-carer-1/access-log"),
    expect: [403, 403, 200, 403, 403],
  },
  {
    name: "assign caseload",
    method: "PUT",
    path: fixed("/carers/m-carer-1/support-worker"),
    body: () => ({ supportWorker: "sw-1" }),
    expect: [403, 403, 200, 403, 403],
  },
  {
    name: "consent about own",
    method: "POST",
    path: fixed("/consents"),
    body: (r) => consent(`m-new-${short(r)}`, "m-carer-1"),
    expect: [201, 201, 201, 403, 403],
  },
  {
    name: "consent about other",
    method: "POST",
    path: fixed("/consents"),
    body: (r) => consent(`m-new2-${short(r)}`, "m-carer-2"),
    expect: [422, 422, 201, 403, 403],
  },
  {
    name: "withdraw own",
    method: "POST",
    path: (r) => `/consents/m-own-${short(r)}/withdrawal`,
    body: () => ({ withdrawnAt: "2026-02-01T09:00:00Z" }),
    expect: [200, 200, 200, 403, 403],
  },
  {
    name: "withdraw other",
    method: "POST",
    path: (r) => `/consents/m-other-${short(r)}/withdrawal`,
    body: () => ({ withdrawnAt: "2026-02-01T09:00:00Z" }),
    expect: [404, 404, 200, 403, 403],
  },
  {
    name: "own circle",
    method: "PUT",
    path: fixed("/cared-for/m-person-1/circle"),
    body: () => circle(1, "m-friend"),
    expect: [200, 200, 200, 403, 403],
  },
  {
    name: "other circle",
    method: "PUT",
    path: fixed("/cared-for/m-person-2/circle"),
    body: () => circle(2, "m-stranger"),
    expect: [404, 404, 200, 403, 403],
  },
  {
    name: "shared view, own circle",
    method: "GET",
    path: fixed("/people/m-carer-1/shared-with-me"),
    expect: [403, 403, 403, 403, 200],
  },
  {
    name: "shared view, other circle",
    method: "GET",
    path: fixed("/people/m-carer-2/shared-with-me"),
    expect: [403, 403, 403, 403, 404],
  },
  {
    name: "assess own",
    method: "POST",
    path: fixed("/assessments"),
    body: (r) => assessment(`m-a-${short(r)}`, "m-carer-1"),
    expect: [201, 201, 201, 403, 403],
  },
  {
    name: "assess other",
    method: "POST",
    path: fixed("/assessments"),
    body: (r) => assessment(`m-b-${short(r)}`, "m-carer-2"),
    expect: [422, 422, 201, 403, 403],
  },
  {
    name: "match services",
    method: "POST",
    path: fixed("/service-matches"),
    body: () => ({ needs: ["peer_support"] }),
    expect: [200, 200, 200, 403, 403],
  },
  {
    name: "plan programme",
    method: "POST",
    path: fixed("/programmes"),
    body: (r) => programmeBody(`m-new-${short(r)}`, 5),
    expect: [403, 403, 201, 403, 403],
  },
  {
    name: "read programme",
    method: "GET",
    path: fixed("/programmes/m-prog"),
    expect: [200, 200, 200, 200, 403],
  },
  {
    name: "calendar",
    method: "GET",
    path: fixed("/programmes/m-prog/calendar.ics"),
    expect: [200, 200, 200, 200, 403],
  },
  {
    name: "enrol own",
    method: "POST",
    path: (r) => `/programmes/m-prog-${short(r)}/enrolments`,
    body: () => ({ carerId: "m-carer-1" }),
    expect: [403, 201, 201, 403, 403],
  },
  {
    name: "enrol other",
    method: "POST",
    path: (r) => `/programmes/m-prog-${short(r)}/enrolments`,
    body: () => ({ carerId: "m-carer-2" }),
    expect: [403, 422, 201, 403, 403],
  },
  {
    name: "mark own",
    method: "PUT",
    path: fixed("/programmes/m-prog/sessions/m-prog-s1/attendance"),
    body: () => ({ marks: { "m-carer-1": "attended" } }),
    expect: [403, 200, 200, 403, 403],
  },
  {
    name: "mark other",
    method: "PUT",
    path: fixed("/programmes/m-prog/sessions/m-prog-s1/attendance"),
    body: () => ({ marks: { "m-carer-2": "attended" } }),
    expect: [403, 422, 200, 403, 403],
  },
  {
    name: "evaluation",
    method: "GET",
    path: fixed("/programmes/m-prog/evaluation"),
    expect: [403, 403, 200, 200, 403],
  },
  {
    name: "raise safeguarding concern, own caseload",
    method: "POST",
    path: fixed("/carers/m-carer-1/safeguarding-concerns"),
    body: (r) => concern(`m-sg-n-${short(r)}`, AS[r].subject),
    expect: [403, 201, 201, 403, 403],
  },
  {
    name: "raise safeguarding concern, other caseload",
    method: "POST",
    path: fixed("/carers/m-carer-2/safeguarding-concerns"),
    body: (r) => concern(`m-sg-o-${short(r)}`, AS[r].subject),
    expect: [403, 404, 201, 403, 403],
  },
  {
    name: "list safeguarding concerns, own caseload",
    method: "GET",
    path: fixed("/carers/m-carer-1/safeguarding-concerns"),
    expect: [403, 200, 200, 403, 403],
  },
  {
    name: "list safeguarding concerns, other caseload",
    method: "GET",
    path: fixed("/carers/m-carer-2/safeguarding-concerns"),
    expect: [403, 404, 200, 403, 403],
  },
  {
    name: "read a concern the worker raised",
    method: "GET",
    path: fixed("/carers/m-carer-1/safeguarding-concerns/m-sg-1"),
    expect: [403, 200, 200, 403, 403],
  },
  {
    name: "read a concern someone else raised, own caseload",
    method: "GET",
    path: fixed("/carers/m-carer-1/safeguarding-concerns/m-sg-lead"),
    expect: [403, 404, 200, 403, 403],
  },
  {
    name: "read a concern, other caseload",
    method: "GET",
    path: fixed("/carers/m-carer-2/safeguarding-concerns/m-sg-2"),
    expect: [403, 404, 200, 403, 403],
  },
  {
    name: "raise a draft concern",
    method: "POST",
    path: (r) => `/carers/m-carer-1/safeguarding-concerns/m-sg-d-${short(r)}/transitions`,
    body: () => ({ to: "raised", on: "2026-01-04", categories: ["self_neglect"] }),
    expect: [403, 200, 200, 403, 403],
  },
  {
    name: "screen a concern, other caseload",
    method: "POST",
    path: fixed("/carers/m-carer-2/safeguarding-concerns/m-sg-2/transitions"),
    body: () => ({ to: "screened", on: "2026-01-05" }),
    expect: [403, 404, 200, 403, 403],
  },
  {
    name: "record referral, own caseload",
    method: "POST",
    path: fixed("/carers/m-carer-1/referrals"),
    body: (r) => referralBody(`m-ref-n-${short(r)}`, "m-carer-1"),
    expect: [403, 201, 201, 403, 403],
  },
  {
    name: "record referral, other caseload",
    method: "POST",
    path: fixed("/carers/m-carer-2/referrals"),
    body: (r) => referralBody(`m-ref-o-${short(r)}`, "m-carer-2"),
    expect: [403, 404, 201, 403, 403],
  },
  {
    name: "list own referrals",
    method: "GET",
    path: fixed("/carers/m-carer-1/referrals"),
    expect: [200, 200, 200, 403, 403],
  },
  {
    name: "list other's referrals",
    method: "GET",
    path: fixed("/carers/m-carer-2/referrals"),
    expect: [404, 404, 200, 403, 403],
  },
  {
    name: "read own referral",
    method: "GET",
    path: fixed("/referrals/m-ref-1"),
    expect: [200, 200, 200, 403, 403],
  },
  {
    name: "read other's referral",
    method: "GET",
    path: fixed("/referrals/m-ref-2"),
    expect: [404, 404, 200, 403, 403],
  },
  {
    name: "move own referral",
    method: "POST",
    path: (r) => `/referrals/m-ref-t-${short(r)}/transitions`,
    body: () => move,
    expect: [403, 200, 200, 403, 403],
  },
  {
    name: "move other's referral",
    method: "POST",
    path: fixed("/referrals/m-ref-2/transitions"),
    body: () => move,
    expect: [403, 404, 200, 403, 403],
  },
  {
    name: "write own emergency plan",
    method: "PUT",
    path: fixed("/carers/m-carer-1/emergency-plan"),
    body: () => plan(1),
    expect: [200, 200, 200, 403, 403],
  },
  {
    name: "write other's emergency plan",
    method: "PUT",
    path: fixed("/carers/m-carer-2/emergency-plan"),
    body: () => plan(2),
    expect: [404, 404, 200, 403, 403],
  },
  {
    name: "read own emergency plan",
    method: "GET",
    path: fixed("/carers/m-carer-1/emergency-plan"),
    expect: [200, 200, 200, 403, 403],
  },
  {
    name: "read other's emergency plan",
    method: "GET",
    path: fixed("/carers/m-carer-2/emergency-plan"),
    expect: [404, 404, 200, 403, 403],
  },
  {
    name: "shared emergency plan, own circle with consent",
    method: "GET",
    path: fixed("/carers/m-carer-1/emergency-plan/shared-with-me"),
    expect: [403, 403, 403, 403, 200],
  },
  {
    name: "shared emergency plan, other circle",
    method: "GET",
    path: fixed("/carers/m-carer-2/emergency-plan/shared-with-me"),
    expect: [403, 403, 403, 403, 404],
  },
  {
    name: "record own break",
    method: "POST",
    path: fixed("/carers/m-carer-1/breaks"),
    body: (r) => breakBody(`m-break-n-${short(r)}`, "m-carer-1"),
    expect: [201, 201, 201, 403, 403],
  },
  {
    name: "record other's break",
    method: "POST",
    path: fixed("/carers/m-carer-2/breaks"),
    body: (r) => breakBody(`m-break-o-${short(r)}`, "m-carer-2"),
    expect: [404, 404, 201, 403, 403],
  },
  {
    name: "list own breaks",
    method: "GET",
    path: fixed("/carers/m-carer-1/breaks"),
    expect: [200, 200, 200, 403, 403],
  },
  {
    name: "list other's breaks",
    method: "GET",
    path: fixed("/carers/m-carer-2/breaks"),
    expect: [404, 404, 200, 403, 403],
  },
  {
    name: "pathway funnel",
    method: "GET",
    path: fixed("/pathway/funnel"),
    expect: [403, 403, 200, 200, 403],
  },
  // Casework (issue 18).
  {
    name: "record support contact, own caseload",
    method: "POST",
    path: fixed("/carers/m-carer-1/support-contacts"),
    body: (r) => supportContactBody(`m-sc-n-${short(r)}`, "m-carer-1"),
    expect: [403, 201, 201, 403, 403],
  },
  {
    name: "record support contact, other caseload",
    method: "POST",
    path: fixed("/carers/m-carer-2/support-contacts"),
    body: (r) => supportContactBody(`m-sc-o-${short(r)}`, "m-carer-2"),
    expect: [403, 404, 201, 403, 403],
  },
  {
    name: "list support contacts, own caseload",
    method: "GET",
    path: fixed("/carers/m-carer-1/support-contacts"),
    expect: [403, 200, 200, 403, 403],
  },
  {
    name: "list support contacts, other caseload",
    method: "GET",
    path: fixed("/carers/m-carer-2/support-contacts"),
    expect: [403, 404, 200, 403, 403],
  },
  {
    name: "refer on, own caseload",
    method: "POST",
    path: fixed("/carers/m-carer-1/onward-referrals"),
    body: (r) => onwardReferralBody(`m-or-n-${short(r)}`, "m-carer-1"),
    expect: [403, 201, 201, 403, 403],
  },
  {
    name: "refer on, other caseload",
    method: "POST",
    path: fixed("/carers/m-carer-2/onward-referrals"),
    body: (r) => onwardReferralBody(`m-or-o-${short(r)}`, "m-carer-2"),
    expect: [403, 404, 201, 403, 403],
  },
  {
    name: "list onward referrals, own caseload",
    method: "GET",
    path: fixed("/carers/m-carer-1/onward-referrals"),
    expect: [403, 200, 200, 403, 403],
  },
  {
    name: "list onward referrals, other caseload",
    method: "GET",
    path: fixed("/carers/m-carer-2/onward-referrals"),
    expect: [403, 404, 200, 403, 403],
  },
  {
    name: "record an onward referral's outcome, own caseload",
    method: "POST",
    path: (r) => `/carers/m-carer-1/onward-referrals/m-or-t-${short(r)}/outcome`,
    body: () => ({ outcome: "accepted", outcomeOn: "2026-04-03" }),
    expect: [403, 200, 200, 403, 403],
  },
  {
    name: "record an onward referral's outcome, other caseload",
    method: "POST",
    path: fixed("/carers/m-carer-2/onward-referrals/m-or-2/outcome"),
    body: () => ({ outcome: "declined", outcomeOn: "2026-04-03" }),
    expect: [403, 404, 200, 403, 403],
  },
  {
    name: "name a key worker",
    method: "PUT",
    path: fixed("/carers/m-carer-1/key-worker"),
    body: () => ({ workerId: "sw-1" }),
    expect: [403, 403, 200, 403, 403],
  },
  {
    name: "caseload",
    method: "GET",
    path: fixed("/caseload"),
    expect: [403, 200, 200, 403, 403],
  },
  {
    name: "casework summary",
    method: "GET",
    path: fixed("/casework/summary"),
    expect: [403, 403, 200, 200, 403],
  },
  {
    name: "break glass, off the caseload",
    method: "POST",
    path: (r) => `/carers/e${short(r)}-carer-1/break-glass`,
    body: () => ({ reason: "Synthetic reason: out-of-hours cover" }),
    expect: [403, 201, 403, 403, 403],
  },
  {
    name: "review break-glass grants",
    method: "GET",
    path: fixed("/break-glass"),
    expect: [403, 403, 200, 403, 403],
  },
  {
    name: "record outreach event",
    method: "POST",
    path: fixed("/outreach-events"),
    body: (r) => outreachBody(`m-out-n-${short(r)}`),
    expect: [403, 201, 201, 403, 403],
  },
  {
    name: "list outreach events",
    method: "GET",
    path: fixed("/outreach-events"),
    expect: [403, 200, 200, 403, 403],
  },
  {
    name: "outreach summary",
    method: "GET",
    path: fixed("/outreach/summary"),
    expect: [403, 403, 200, 200, 403],
  },
  {
    name: "record own feedback",
    method: "POST",
    path: fixed("/carers/m-carer-1/feedback"),
    body: (r) => complimentBody(`m-fb-n-${short(r)}`),
    expect: [201, 201, 201, 403, 403],
  },
  {
    name: "record other's feedback",
    method: "POST",
    path: fixed("/carers/m-carer-2/feedback"),
    body: (r) => complimentBody(`m-fb-o-${short(r)}`),
    expect: [404, 404, 201, 403, 403],
  },
  {
    name: "list own feedback",
    method: "GET",
    path: fixed("/carers/m-carer-1/feedback"),
    expect: [200, 200, 200, 403, 403],
  },
  {
    name: "list other's feedback",
    method: "GET",
    path: fixed("/carers/m-carer-2/feedback"),
    expect: [404, 404, 200, 403, 403],
  },
  {
    name: "open complaints",
    method: "GET",
    path: fixed("/complaints"),
    expect: [403, 403, 200, 403, 403],
  },
  {
    name: "move a complaint",
    method: "POST",
    path: (r) => `/complaints/m-cmp-t-${short(r)}/transitions`,
    body: () => ({ to: "acknowledged", on: "2026-04-09" }),
    expect: [403, 403, 200, 403, 403],
  },
  {
    name: "feedback themes",
    method: "GET",
    path: fixed("/feedback/themes"),
    expect: [403, 403, 200, 200, 403],
  },
  {
    name: "fairness breakdown",
    method: "GET",
    path: fixed("/fairness"),
    expect: [403, 403, 200, 200, 403],
  },
  {
    name: "erase",
    method: "DELETE",
    path: (r) => `/carers/e${short(r)}-carer-1`,
    expect: [403, 403, 200, 403, 403],
  },
];

async function call(test: Case, role: Role): Promise<Response> {
  const as = AS[role];
  const path = test.path(role);
  const headers: Record<string, string> = {};
  if (test.method === "PATCH") {
    // The current ETag, read by a coordinator (who may read every record).
    const current = await server.request(path, {}, COORDINATOR);
    headers["if-match"] = current.headers.get("etag") ?? "";
  }
  if (test.body !== undefined) headers["content-type"] = "application/json";
  return server.request(
    path,
    {
      method: test.method,
      headers,
      ...(test.body === undefined ? {} : { body: JSON.stringify(test.body(role)) }),
    },
    as,
  );
}

describe("the route × role matrix", () => {
  it("covers every route the API serves (from its OpenAPI document)", async () => {
    const doc = (await (await server.request("/openapi.json")).json()) as {
      paths: Record<string, Record<string, { security?: unknown }>>;
    };
    const protectedRoutes = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops)
        .filter(([, op]) => op.security !== undefined)
        .map(([method]) => ({ method: method.toUpperCase(), path })),
    );
    expect(protectedRoutes.length).toBeGreaterThanOrEqual(20);
    for (const route of protectedRoutes) {
      const pattern = new RegExp(`^${route.path.replace(/\{[A-Za-z]+\}/g, "[^/]+")}$`);
      const covered = CASES.some(
        (c) => c.method === route.method && pattern.test(c.path("coordinator")),
      );
      expect(covered, `${route.method} ${route.path}`).toBe(true);
    }
  });

  for (const test of CASES) {
    it(`${test.method} ${test.name}: ${ROLE_ORDER.map((r, i) => `${r} ${test.expect[i]}`).join(", ")}`, async () => {
      const got: number[] = [];
      for (const role of ROLE_ORDER) {
        const response = await call(test, role);
        got.push(response.status);
        if (response.status >= 400) {
          const problem = await problemOf(response);
          expect(problem.status).toBe(response.status);
        } else await response.arrayBuffer();
      }
      expect(got).toEqual(test.expect);
    });
  }

  it("answers an out-of-scope carer exactly as a carer that does not exist", async () => {
    const other = await problemOf(await server.request("/carers/m-carer-2", {}, AS.carer));
    const none = await problemOf(await server.request("/carers/no-such-carer", {}, AS.carer));
    expect({ ...other, instance: "" }).toEqual({ ...none, instance: "" });
  });

  it("returns a support worker only their caseload's marks", async () => {
    const response = await server.send(
      "PUT",
      "/programmes/m-prog/sessions/m-prog-s1/attendance",
      { marks: { "m-carer-1": "apologies" } },
      AS["support-worker"],
    );
    expect(response.status).toBe(200);
    expect(((await response.json()) as { marks: Record<string, string> }).marks).toEqual({
      "m-carer-1": "apologies",
    });
  });

  it("lists to a support worker only the concerns they raised; to a coordinator all", async () => {
    const ids = async (as: Identity) => {
      const path = "/carers/m-carer-1/safeguarding-concerns";
      const body = (await (await server.request(path, {}, as)).json()) as {
        concerns: { id: string; raisedBy: string }[];
      };
      return body.concerns;
    };
    const worker = await ids(AS["support-worker"]);
    expect(worker.length).toBeGreaterThan(0);
    expect(worker.every((c) => c.raisedBy === "sw-1")).toBe(true);
    expect((await ids(COORDINATOR)).map((c) => c.id)).toContain("m-sg-lead");
  });

  it("lets only a coordinator screen a concern; an illegal move is a typed 409", async () => {
    const path = "/carers/m-carer-1/safeguarding-concerns/m-sg-1/transitions";
    const screen = { to: "screened", on: "2026-01-05" };
    const refused = await server.send("POST", path, screen, AS["support-worker"]);
    expect(refused.status).toBe(403);
    await refused.arrayBuffer();
    const screened = await server.send("POST", path, screen, COORDINATOR);
    expect(screened.status).toBe(200);
    expect(await screened.json()).toMatchObject({
      status: "screened",
      screenedBy: COORDINATOR.subject,
    });
    const again = await problemOf(await server.send("POST", path, screen, COORDINATOR));
    expect(again.status).toBe(409);
    expect(again.errors?.map((e) => e.code)).toEqual(["illegal_transition"]);
  });

  it("shares an emergency plan with a circle member only under consent; a move out of the lifecycle is a 409", async () => {
    const stranger: Identity = { role: "circle-member", subject: "m-stranger" };
    const path = "/carers/m-carer-2/emergency-plan/shared-with-me";
    // The stranger is in m-person-2's circle but holds no consent: answered as absent.
    const refused = await problemOf(await server.request(path, {}, stranger));
    expect(refused.status).toBe(404);
    const shared = await server.request(
      "/carers/m-carer-1/emergency-plan/shared-with-me",
      {},
      AS["circle-member"],
    );
    expect(((await shared.json()) as { plan: { id: string } }).plan.id).toBe("m-plan-1");
    const illegal = await server.send("POST", "/referrals/m-ref-1/transitions", {
      to: "plan_agreed",
      at: "2026-03-04T09:00:00Z",
    });
    const problem = await problemOf(illegal);
    expect(problem.status).toBe(409);
    expect(problem.detail).toBe(
      'A referral cannot move from "received" to "plan_agreed"; see errors.',
    );
    expect(problem.errors?.map((e) => e.code)).toEqual(["illegal_transition"]);
  });

  it("gives an analyst aggregates with no row about a person", async () => {
    for (const path of [
      "/programmes/m-prog/evaluation",
      "/pathway/funnel",
      "/casework/summary",
      "/outreach/summary",
      "/feedback/themes",
      "/fairness",
    ]) {
      const text = await (await server.request(path, {}, AS.analyst)).text();
      for (const id of ["m-carer-1", "m-carer-2", "m-ref-1", "m-cmp-1", "m-out-1", "Synthetic"])
        expect(text, path).not.toContain(id);
    }
  });
});
