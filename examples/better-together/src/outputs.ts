// Every output file of the term, as path → contents, so writing is one loop and two runs can be
// compared byte for byte. `published/` and `report.html` hold only protected aggregates;
// `internal/` holds per-carer records for the service itself (synthetic here).
import { toPublishedTableCsv, toReportCsvTables } from "@carerkit/evaluation/report";
import type { PublishedTable } from "@carerkit/evaluation";
import { swemwbsMetric } from "./assess.ts";
import { toCsv } from "./csv.ts";
import { renderSupportPlan } from "./plans.ts";
import { buildTermTables, renderTermReport } from "./report.ts";
import type { TermResult } from "./term.ts";

/**
 * Renders every output file.
 *
 * @param term - The term's results.
 * @returns Relative path → file contents.
 */
export async function renderOutputs(term: TermResult): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const { planned, simulated, evaluation } = term;
  const tables = buildTermTables(term);

  files.set("report.html", await renderTermReport(term, tables));
  files.set("better-together-spring-2026.ics", planned.ics);

  for (const [name, csv] of Object.entries(toReportCsvTables(evaluation.primary)))
    files.set(`published/evaluation-${name}`, csv);
  const termTables: readonly [string, PublishedTable][] = [
    ["registration", tables.registration],
    ["eligibility", tables.eligibility],
    ["safety-follow-up", tables.safety],
    ["support-needs", tables.needs],
    ["attendance-by-session", tables.attendance],
  ];
  for (const [name, table] of termTables)
    files.set(`published/${name}.csv`, toPublishedTableCsv(table));
  const { funnel } = term.pathway;
  const pathwayTables: readonly [string, PublishedTable][] = [
    ["stages", funnel.stages],
    ["by-source", funnel.bySource],
    ["by-month", funnel.byMonth],
    ["outcomes", funnel.outcomes],
    ["standards", funnel.breaches],
  ];
  for (const [name, table] of pathwayTables)
    files.set(`published/pathway-${name}.csv`, toPublishedTableCsv(table));
  // The referrals themselves are the service's own records (synthetic here): internal only.
  files.set("internal/referrals.json", `${JSON.stringify(term.pathway.referrals, null, 2)}\n`);

  const context = {
    sessions: planned.programme.sessions,
    enrolled: planned.cohort.enrolled,
    waitingList: planned.cohort.waitingList,
    buddies: planned.buddies,
  };
  for (const carer of term.matched)
    files.set(`internal/plans/${carer.carer.id}.md`, renderSupportPlan(carer, context));

  files.set(
    "internal/registration-issues.csv",
    toCsv(
      ["record", "carer_id", "part", "code", "field", "message"],
      term.registration.rejected.flatMap((r) =>
        r.issues.map(({ part, issue }) => [
          r.record,
          r.carerId,
          part,
          issue.code,
          (issue.path ?? []).join("."),
          issue.message,
        ]),
      ),
    ),
  );
  files.set(
    "internal/entry-assessments.csv",
    toCsv(
      [
        "carer_id",
        "assessed_on",
        "swemwbs_metric",
        "zbi12_total",
        "phq9_total",
        "phq9_band",
        "safety_follow_up",
        "care_act_decision",
        "top_needs",
      ],
      term.assessed.map((a) => [
        a.carer.id,
        a.entry.assessedOn,
        swemwbsMetric(a.swemwbs).toFixed(2),
        a.zbi12.total,
        a.phq9.total,
        a.phq9.band?.label,
        a.safetyFlags.length > 0 ? "yes" : "no",
        a.eligibility.decision,
        a.needs
          .slice(0, 3)
          .map((n) => n.domain)
          .join(" "),
      ]),
    ),
  );
  files.set(
    "internal/service-matches.csv",
    toCsv(
      [
        "carer_id",
        "need_rank",
        "need",
        "service",
        "organisation",
        "score",
        "distance_km",
        "reasons",
      ],
      term.matched.flatMap((c) =>
        c.matched.flatMap(({ need, matches }) =>
          matches.map((m) => [
            c.carer.id,
            need.rank,
            need.domain,
            m.offer.name,
            m.offer.organisation?.name,
            m.score,
            m.distanceKm,
            m.summary,
          ]),
        ),
      ),
    ),
  );
  const names = new Map(planned.facilitators.map((f) => [f.id, f.name]));
  const staffing = new Map(
    planned.roster.success
      ? planned.roster.data.assignments.map((a) => [a.sessionId, a.facilitatorIds])
      : [],
  );
  files.set(
    "internal/sessions.csv",
    toCsv(
      [
        "session_id",
        "number",
        "date",
        "local_start",
        "local_end",
        "zone",
        "start_utc",
        "end_utc",
        "title",
        "facilitators",
      ],
      planned.programme.sessions.map((s) => [
        s.id,
        s.number,
        s.date,
        s.startTime,
        s.endTime,
        s.zone,
        s.start,
        s.end,
        s.content.title,
        (staffing.get(s.id) ?? []).map((id) => names.get(id) ?? id).join("; "),
      ]),
    ),
  );
  const delivered = planned.programme.sessions.filter((s) => s.status === "scheduled");
  files.set(
    "internal/attendance.csv",
    toCsv(
      ["carer_id", ...delivered.map((s) => `s${s.number}`), "attended", "completed"],
      simulated.completion.map((c) => [
        c.carerId,
        ...delivered.map((s) => simulated.register.sessions[s.id]?.[c.carerId] ?? ""),
        c.attended,
        c.completed ? "yes" : "no",
      ]),
    ),
  );
  files.set(
    "internal/buddy-pairs.csv",
    toCsv(
      ["carer_a", "carer_b", "score", "reasons"],
      planned.buddies.pairs.map((p) => [
        p.carerIds[0],
        p.carerIds[1],
        p.score,
        p.reasons.join("; "),
      ]),
    ),
  );
  files.set(
    "internal/evaluation-dataset.csv",
    toCsv(
      [
        "person_id",
        "period",
        "referral_source",
        "supported",
        "pre",
        "post",
        "last_session",
        "status",
        "satisfaction",
      ],
      evaluation.rows.map((r) => [
        r.personId,
        r.period,
        r.referralSource,
        r.supported === false ? "no" : "yes",
        r.pre,
        r.post,
        r.lastSessionAttended,
        r.status,
        r.satisfaction,
      ]),
    ),
  );
  return new Map([...files].sort(([a], [b]) => a.localeCompare(b)));
}
