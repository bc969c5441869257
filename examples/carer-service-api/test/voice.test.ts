// Outreach and carer voice over HTTP (issue 18): outreach events counted and summarised with
// suppression; complaints, compliments and suggestions; a complaint's deadlines in working days
// across the GOV.UK bank holidays the scheduling package vendors, its moves through core's
// lifecycle, its history in the subject-access export, and erasure that keeps the counts.
import { computeComplaintDeadlines } from "@carerkit/core";
import { createUkBankHolidayCalendar, listHolidays } from "@carerkit/scheduling";
import { beforeAll, describe, expect, it } from "vitest";
import type { Identity } from "../src/auth/roles.ts";
import { readVoiceConfig } from "../src/config.ts";
import { scopeDatabase } from "../src/db/scope.ts";
import { deadlineOptions } from "../src/routes/complaints.ts";
import { complaintBody, complimentBody, outreachBody, registration } from "./fixtures.ts";
import { COORDINATOR, problemOf, useTestServer } from "./harness.ts";

// The day after the acknowledgement deadline of a complaint received on Thursday 2 April 2026.
const NOW = new Date("2026-04-10T12:00:00Z");
const server = useTestServer({ now: () => NOW });
const CARER: Identity = { role: "carer", subject: "v-carer-1" };
const WORKER: Identity = { role: "support-worker", subject: "sw-v" };
const ANALYST: Identity = { role: "analyst", subject: "analyst-v" };

interface Complaint {
  carerId: string;
  complaint: { id: string; status: string; acknowledgedOn?: string };
  history: { to: string; on: string; by?: string }[];
  deadlines: { acknowledgeBy: string; acknowledgement: string; respondBy?: string };
  overdue: boolean;
}

beforeAll(async () => {
  for (const n of [1, 2])
    expect((await server.send("POST", "/carers", registration("v", n))).status).toBe(201);
  await server.send("PUT", "/carers/v-carer-1/support-worker", { supportWorker: WORKER.subject });
});

describe("outreach events", () => {
  it("records an event as by the caller and lists it to staff", async () => {
    const recorded = await server.send("POST", "/outreach-events", outreachBody("v-out-1"), WORKER);
    expect(recorded.status).toBe(201);
    expect(await recorded.json()).toEqual(outreachBody("v-out-1"));
    const [row] = await server.db.query<{ recorded_by: string }>(
      "SELECT recorded_by FROM outreach_events WHERE id = 'v-out-1'",
    );
    expect(row?.recorded_by).toBe(WORKER.subject);
    const listed = await server.request("/outreach-events", {}, COORDINATOR);
    expect(((await listed.json()) as { events: { id: string }[] }).events.map((e) => e.id)).toEqual(
      ["v-out-1"],
    );
  });

  it("summarises reach and conversion, suppressing the small count and rounding the rest", async () => {
    const response = await server.request("/outreach/summary", {}, ANALYST);
    expect(response.status).toBe(200);
    const summary = (await response.json()) as {
      rule: { threshold: number };
      totals: { rows: string[]; cells: { display: string }[][] };
      byKind: { rows: string[]; cells: { display: string }[][] };
      conversion: { percentage: number };
    };
    expect(summary.rule.threshold).toBe(7);
    // One event is a small number (1–7): "*"; 104 people met is published as 105, 23 carers as 25.
    expect(summary.totals.rows).toEqual([
      "Events",
      "People met",
      "Carers identified",
      "Referrals",
      "Leaflets given",
    ]);
    expect(summary.totals.cells.map((r) => r[0]?.display)).toEqual(["*", "105", "25", "10", "60"]);
    expect(summary.byKind.rows[0]).toBe("drop_in");
    // 9 referrals of 23 carers identified: neither 9 nor 14 is a small number.
    expect(summary.conversion.percentage).toBeCloseTo((100 * 9) / 23, 6);
  });
});

describe("carer voice", () => {
  it("takes a carer's own compliment and a worker's record of a complaint, each the carer's", async () => {
    const compliment = await server.send(
      "POST",
      "/carers/v-carer-1/feedback",
      complimentBody("v-fb-1"),
      CARER,
    );
    expect(compliment.status).toBe(201);
    expect(await compliment.json()).toMatchObject({ fromCarerId: "v-carer-1", kind: "compliment" });
    const complaint = await server.send(
      "POST",
      "/carers/v-carer-1/feedback",
      complaintBody("v-cmp-1", "v-carer-1"),
      WORKER,
    );
    expect(complaint.status).toBe(201);
    expect(await complaint.json()).toMatchObject({ status: "received" });
    const listed = await server.request("/carers/v-carer-1/feedback", {}, CARER);
    const { feedback } = (await listed.json()) as {
      feedback: { feedback: { id: string; status?: string }; history: unknown[] }[];
    };
    expect(feedback.map((f) => [f.feedback.id, f.feedback.status ?? null])).toEqual([
      ["v-fb-1", null],
      ["v-cmp-1", "received"],
    ]);
  });

  it("lists an open complaint received the Thursday before Good Friday 2026 as overdue on 10 April", async () => {
    // GOV.UK, England and Wales: Good Friday 3 April and Easter Monday 6 April 2026.
    const april = listHolidays(
      createUkBankHolidayCalendar("england-and-wales"),
      "2026-04-01",
      "2026-04-30",
    );
    expect(april.success && april.data.map((h) => h.date)).toEqual(["2026-04-03", "2026-04-06"]);
    const response = await server.request("/complaints", {}, COORDINATOR);
    const body = (await response.json()) as { asOf: string; complaints: Complaint[] };
    expect(body.asOf).toBe("2026-04-10");
    expect(body.complaints).toHaveLength(1);
    expect(body.complaints[0]).toMatchObject({
      carerId: "v-carer-1",
      complaint: { id: "v-cmp-1", status: "received" },
      // Tue 7, Wed 8, Thu 9 April are its three working days.
      deadlines: { acknowledgeBy: "2026-04-09", acknowledgement: "overdue" },
      overdue: true,
    });
  });

  it("takes the acknowledgement period and the bank holidays from the deployment's config", () => {
    const received = { receivedOn: "2026-04-02" };
    const byDefault = deadlineOptions(readVoiceConfig({}));
    expect(byDefault.acknowledgeWithinWorkingDays).toBe(3);
    const five = deadlineOptions(readVoiceConfig({ COMPLAINT_ACKNOWLEDGE_WORKING_DAYS: "5" }));
    expect(computeComplaintDeadlines(received, "2026-04-10", five).acknowledgeBy).toBe(
      "2026-04-13",
    );
    // Scotland has Good Friday but no Easter Monday: Mon 6, Tue 7, Wed 8.
    const scotland = deadlineOptions(readVoiceConfig({ BANK_HOLIDAYS: "scotland" }));
    expect(computeComplaintDeadlines(received, "2026-04-10", scotland).acknowledgeBy).toBe(
      "2026-04-08",
    );
    const respond = deadlineOptions(readVoiceConfig({ COMPLAINT_RESPOND_WORKING_DAYS: "20" }));
    expect(computeComplaintDeadlines(received, "2026-04-10", respond).respondBy).toBe("2026-05-05");
    expect(() => readVoiceConfig({ COMPLAINT_ACKNOWLEDGE_WORKING_DAYS: "0" })).toThrow(
      /COMPLAINT_ACKNOWLEDGE_WORKING_DAYS/,
    );
    expect(() => readVoiceConfig({ BANK_HOLIDAYS: "mars" })).toThrow(/BANK_HOLIDAYS/);
  });

  it("moves a complaint through its lifecycle, appending each step as by the caller", async () => {
    const path = "/complaints/v-cmp-1/transitions";
    const illegal = await problemOf(
      await server.send("POST", path, { to: "closed", on: "2026-04-09" }),
    );
    expect(illegal.status).toBe(409);
    expect(illegal.detail).toBe('A complaint cannot move from "received" to "closed"; see errors.');
    expect(illegal.errors?.map((e) => e.code)).toEqual(["illegal_transition"]);
    const acknowledged = await server.send("POST", path, {
      to: "acknowledged",
      on: "2026-04-09",
      responseDueOn: "2026-05-07",
    });
    expect(acknowledged.status).toBe(200);
    expect(await acknowledged.json()).toMatchObject({
      complaint: { status: "acknowledged", acknowledgedOn: "2026-04-09" },
      history: [{ to: "acknowledged", on: "2026-04-09", by: COORDINATOR.subject }],
      deadlines: { acknowledgement: "met", respondBy: "2026-05-07", response: "due" },
      overdue: false,
    });
    const responded = await server.send("POST", path, {
      to: "responded",
      on: "2026-04-10",
      response: "Synthetic response: we have spoken to the sitting service",
    });
    expect(responded.status).toBe(200);
    const closed = await server.send("POST", path, { to: "closed", on: "2026-04-10" });
    expect(await closed.json()).toMatchObject({ complaint: { status: "closed" } });
    const steps = await server.db.query<{ position: number }>(
      "SELECT position FROM complaint_transitions WHERE feedback_id = 'v-cmp-1' ORDER BY position",
    );
    expect(steps.map((s) => s.position)).toEqual([0, 1, 2]);
    const open = (await (await server.request("/complaints")).json()) as {
      complaints: unknown[];
    };
    expect(open.complaints).toEqual([]);
  });

  it("summarises themes per quarter with suppression, and no carer, id or text", async () => {
    const response = await server.request("/feedback/themes", {}, ANALYST);
    expect(response.status).toBe(200);
    const text = await response.text();
    for (const secret of ["v-carer-1", "v-cmp-1", "v-fb-1", "Synthetic"])
      expect(text).not.toContain(secret);
    const themes = JSON.parse(text) as {
      byTheme: { rows: string[]; columns: string[]; cells: { display: string }[][] };
      byKind: { rows: string[]; cells: { display: string; status: string }[][] };
    };
    expect(themes.byTheme.columns).toEqual(["2026-Q1", "2026-Q2"]);
    const row = themes.byTheme.rows.indexOf("Meeting other carers");
    expect(themes.byTheme.cells[row]?.map((c) => c.display)).toEqual(["*", "0"]);
    const monthly = await server.request("/feedback/themes?period=month", {}, ANALYST);
    const byMonth = (await monthly.json()) as { byTheme: { columns: string[] } };
    expect(byMonth.byTheme.columns).toEqual(["2026-03", "2026-04"]);
  });

  it("gives the carer their feedback and the complaint's history in the subject-access export", async () => {
    const response = await server.request("/carers/v-carer-1/export", {}, CARER);
    const held = (await response.json()) as {
      feedback: { feedback: { id: string; status?: string }; history: { to: string }[] }[];
    };
    expect(held.feedback.map((f) => [f.feedback.id, f.history.map((s) => s.to)])).toEqual([
      ["v-fb-1", []],
      ["v-cmp-1", ["acknowledged", "responded", "closed"]],
    ]);
  });

  it("on erasure, strips the free text but keeps kind, dates, status and themes for the counts", async () => {
    expect((await server.request("/carers/v-carer-1", { method: "DELETE" })).status).toBe(200);
    const [row] = await server.db.query<{ dump: string }>(
      `SELECT concat_ws(' ', (SELECT string_agg(record::text, ' ') FROM feedback
                               WHERE carer_id = 'v-carer-1'),
                        (SELECT string_agg(step::text, ' ') FROM complaint_transitions
                          WHERE carer_id = 'v-carer-1')) AS dump`,
    );
    for (const text of ["Synthetic", COORDINATOR.subject]) expect(row?.dump).not.toContain(text);
    for (const kept of [
      '"kind": "complaint"',
      '"receivedOn": "2026-04-02"',
      '"to": "closed"',
      '"communication"',
      '"peer_support"',
    ])
      expect(row?.dump).toContain(kept);
    const counted = await scopeDatabase(server.db, ANALYST).query(
      "SELECT feedback_theme_records() AS f",
    );
    expect(counted).toHaveLength(2);
  });
});
