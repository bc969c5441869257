import { checkDatesNotAfter, safeParseOutreachEvent, type OutreachEvent } from "@carerkit/core";
import {
  SUPPRESSION_RULES,
  suppressSmallNumbers,
  summariseOutreach,
  type ProportionEstimate,
} from "@carerkit/evaluation";
import type { AppDeps } from "../app.ts";
import { STAFF } from "../auth/roles.ts";
import { conflictOnDuplicate } from "../db/errors.ts";
import { readJson } from "../http/body.ts";
import { invalid } from "../http/problem.ts";
import { OutreachEventBodySchema } from "../schemas.ts";
import { todayOf } from "./people.ts";
import type { Routes } from "./registry.ts";

/** The disclosure rule every published outreach count goes through. */
const RULE = SUPPRESSION_RULES.nhsDigital2018;

/** Columns that are separate measures, not parts of a whole: no row totals. */
const NO_ROW_TOTALS = { rowTotals: false } as const;

/** Whether a count is a small number under the rule (1 to its threshold). */
const isSmall = (n: number): boolean => n >= 1 && n <= RULE.threshold;

/**
 * The conversion of carers identified into referrals as published: withheld when it rests on
 * fewer than threshold + 1 carers, or when the referrals or the carers not referred are a small
 * number (either would let a reader recover a small count).
 *
 * @example
 * publishConversion(null); //=> { withheld: true, reason: "no event recorded referrals" }
 */
function publishConversion(estimate: ProportionEstimate | null) {
  if (estimate === null) return { withheld: true, reason: "no event recorded referrals" };
  const { count, total } = estimate;
  if (total <= RULE.threshold || isSmall(count) || isSmall(total - count))
    return { withheld: true, reason: `based on fewer than ${RULE.threshold + 1} carers` };
  return {
    percentage: 100 * estimate.proportion,
    confidenceInterval: estimate.confidenceInterval,
  };
}

/** The outreach summary (summariseOutreach) with every count protected by the rule. */
function publishOutreach(events: readonly OutreachEvent[]) {
  const s = summariseOutreach(events);
  const totals = {
    rows: ["Events", "People met", "Carers identified", "Referrals", "Leaflets given"],
    columns: ["Count"],
    counts: [[s.events], [s.peopleMet], [s.carersIdentified], [s.referralsMade], [s.leafletsGiven]],
  };
  return {
    rule: RULE,
    totals: suppressSmallNumbers(totals, RULE, { columnTotals: false, rowTotals: false }),
    byKind: suppressSmallNumbers(s.byKind, RULE, NO_ROW_TOTALS),
    byMonth: suppressSmallNumbers(s.byMonth, RULE, NO_ROW_TOTALS),
    conversion: publishConversion(s.conversion),
  };
}

/**
 * Outreach events (drop-ins, stands, talks, awareness days), counted and never named: staff
 * record and list them; coordinators and analysts read the suppressed summary. Every call is
 * audited (the event's id on a write; no subject on a read).
 */
export function addOutreachRoutes(routes: Routes, deps: AppDeps): void {
  routes.add(
    {
      method: "post",
      path: "/outreach-events",
      operationId: "recordOutreachEvent",
      summary:
        "Record an outreach event (core's OutreachEvent: place, date, people met, carers newly identified, referrals, leaflets; counts only), recorded by the caller.",
      roles: STAFF,
      purpose: "service_evaluation",
      body: OutreachEventBodySchema,
      success: { status: 201, description: "The event as stored." },
      problems: [409, 422],
    },
    async (c, ctx) => {
      const parsed = safeParseOutreachEvent(await readJson(c));
      if (!parsed.success) throw invalid(parsed.error);
      const event = parsed.data;
      const late = checkDatesNotAfter(event, ["date"], todayOf(deps));
      if (late.length > 0) throw invalid(late);
      await conflictOnDuplicate(
        () =>
          ctx.db.transaction(async (tx) => {
            await tx.query(
              "INSERT INTO outreach_events (id, recorded_by, record) VALUES ($1, $2, $3)",
              [event.id, ctx.identity.subject, event],
            );
            await ctx.audit(tx, "create", event.id);
          }),
        "An outreach event with this id is already recorded.",
      );
      return c.json(event, 201);
    },
  );

  routes.add(
    {
      method: "get",
      path: "/outreach-events",
      operationId: "listOutreachEvents",
      summary: "The service's outreach events, oldest first (staff).",
      roles: STAFF,
      purpose: "service_evaluation",
      success: { status: 200, description: "The events." },
      problems: [],
    },
    async (c, ctx) => {
      const events = await ctx.db.transaction(async (tx) => {
        const rows = await tx.query<{ record: OutreachEvent }>(
          "SELECT record FROM outreach_events ORDER BY record->>'date', id",
        );
        await ctx.audit(tx, "read");
        return rows.map((r) => r.record);
      });
      return c.json({ events });
    },
  );

  routes.add(
    {
      method: "get",
      path: "/outreach/summary",
      operationId: "getOutreachSummary",
      summary:
        "Outreach reach (summariseOutreach): events, people met, carers newly identified, referrals and leaflets, by kind and month, and the conversion of carers identified into referrals, with small-number suppression (NHS Digital 2018).",
      roles: ["coordinator", "analyst"],
      purpose: "service_evaluation",
      success: { status: 200, description: "The protected summary." },
      problems: [],
    },
    async (c, ctx) => {
      const events = await ctx.db.transaction(async (tx) => {
        const rows = await tx.query<{ event: OutreachEvent }>(
          "SELECT outreach_event_records() AS event",
        );
        await ctx.audit(tx, "read");
        return rows.map((r) => r.event);
      });
      return c.json(publishOutreach(events));
    },
  );
}
