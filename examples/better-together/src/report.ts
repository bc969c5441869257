// The term report: one self-contained HTML page (no script, no external files) for the hospice's
// board and commissioners. Only protected aggregates appear: every count goes through
// suppressSmallNumbers (NHS Digital 2018), and the evaluation section is the evaluation
// package's own protected report, with its charts as inline SVG.
import { SUPPORT_NEED_DOMAINS } from "@carerkit/core";
import {
  SUPPRESSION_RULES,
  suppressSmallNumbers,
  type EvaluationReport,
  type PublishedTable,
} from "@carerkit/evaluation";
import {
  renderEvaluationReportHtml,
  renderPathwayFunnelHtml,
  toPublishedTableHtml,
} from "@carerkit/evaluation/report";
import { PATHWAY_STANDARDS } from "./pathway.ts";
import { standardisedChangeChart } from "./charts.ts";
import { PERIOD } from "./evaluate.ts";
import { TERM } from "./programme.ts";
import type { TermResult } from "./term.ts";

/** The protected count tables of the term (not the evaluation's own). */
export interface TermTables {
  readonly registration: PublishedTable;
  readonly eligibility: PublishedTable;
  readonly safety: PublishedTable;
  readonly needs: PublishedTable;
  readonly attendance: PublishedTable;
}

const RULE = SUPPRESSION_RULES.nhsDigital2018;
const PATHWAY_AS_OF_TEXT = "22 May 2026";

const esc = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const count = <T>(items: readonly T[], test: (item: T) => boolean): number =>
  items.filter(test).length;

/**
 * Builds the term's own published tables, each protected with the NHS Digital 2018 rule.
 *
 * @param term - The term's results.
 * @returns The protected tables.
 */
export function buildTermTables(term: TermResult): TermTables {
  const { registration, assessed, planned, simulated } = term;
  const decisions = ["eligible", "not_eligible", "cannot_decide_yet"] as const;
  const labels = {
    eligible: "Eligible",
    not_eligible: "Not eligible",
    cannot_decide_yet: "Cannot decide yet (answers missing)",
  };
  const needs = SUPPORT_NEED_DOMAINS.map((d) => ({
    label: d.label,
    first: count(assessed, (a) => a.needs[0]?.domain === d.id),
    any: count(assessed, (a) => a.needs.some((n) => n.domain === d.id)),
  }));
  const delivered = planned.programme.sessions.filter((s) => s.status === "scheduled");
  return {
    registration: suppressSmallNumbers(
      {
        rows: ["Registered", "Rejected (record not valid)"],
        columns: ["Referrals"],
        counts: [[registration.registered.length], [registration.rejected.length]],
      },
      RULE,
      // Two rows and a total would give the suppressed row away: no total.
      { rowTotals: false, columnTotals: false },
    ),
    eligibility: suppressSmallNumbers(
      {
        rows: decisions.map((d) => labels[d]),
        columns: ["Carers"],
        counts: decisions.map((d) => [count(assessed, (a) => a.eligibility.decision === d)]),
      },
      RULE,
      { rowTotals: false },
    ),
    safety: suppressSmallNumbers(
      {
        rows: ["Safety follow-up needed", "No safety flag"],
        columns: ["Carers"],
        counts: [
          [count(assessed, (a) => a.safetyFlags.length > 0)],
          [count(assessed, (a) => a.safetyFlags.length === 0)],
        ],
      },
      RULE,
      { rowTotals: false, columnTotals: false },
    ),
    needs: suppressSmallNumbers(
      {
        rows: needs.map((n) => n.label),
        columns: ["Most important to the carer", "Wanted more support"],
        counts: needs.map((n) => [n.first, n.any]),
      },
      RULE,
      { rowTotals: false, columnTotals: false },
    ),
    attendance: suppressSmallNumbers(
      {
        rows: delivered.map((s) => `Session ${s.number} (${s.date})`),
        columns: ["Attended", "Apologies", "Did not attend"],
        counts: delivered.map((s) => {
          const marks = Object.values(simulated.register.sessions[s.id] ?? {});
          return [
            count(marks, (m) => m === "attended"),
            count(marks, (m) => m === "apologies"),
            count(marks, (m) => m === "no_show"),
          ];
        }),
      },
      RULE,
      { rowTotals: false },
    ),
  };
}

// The evaluation package renders a whole document; the term report takes its body and styles,
// drops its title (the section has its own) and shifts its headings down one level.
function evaluationFragment(html: string): { style: string; body: string } {
  const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? "";
  const body = /<body>([\s\S]*?)<\/body>/.exec(html)?.[1] ?? "";
  const shifted = body
    .replace(/<h1>[\s\S]*?<\/h1>/, "")
    .replace(
      /<(\/?)h([1-5])>/g,
      (_m, slash: string, level: string) => `<${slash}h${Number(level) + 1}>`,
    );
  return { style, body: shifted };
}

function burdenHtml(report: EvaluationReport): string {
  const s = report.outcome.statistics;
  if ("withheld" in s) return `<p>ZBI-12: withheld (${esc(s.reason)}).</p>`;
  const d = s.difference;
  const f = (x: number): string => x.toFixed(2);
  const effect = "withheld" in s.effectSizes ? "withheld" : f(s.effectSizes.dz.value);
  return (
    `<table><thead><tr><th></th><th>n</th><th>Before</th><th>After</th><th>Change (95% CI)</th><th>Paired t</th><th>p</th><th>d<sub>z</sub></th></tr></thead><tbody>` +
    `<tr><td>ZBI-12 total (0–48, lower is better)</td><td>${s.n}</td><td>${f(s.pre.mean)} (SD ${f(s.pre.sd)})</td><td>${f(s.post.mean)} (SD ${f(s.post.sd)})</td>` +
    `<td>${f(d.mean)} (${f(d.confidenceInterval.lower)} to ${f(d.confidenceInterval.upper)})</td><td>t(${s.tTest.parameter?.value ?? ""}) = ${f(s.tTest.statistic.value)}</td>` +
    `<td>${s.tTest.pValue < 0.001 ? "&lt; 0.001" : s.tTest.pValue.toFixed(3)}</td><td>${effect}</td></tr></tbody></table>`
  );
}

const STYLE = `
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b;line-height:1.45}
header.term{border-bottom:3px solid #005eb8;margin-bottom:1.5rem}
.synthetic{background:#fff4d6;border-left:6px solid #c98a00;padding:.75rem 1rem}
nav ol{columns:2}
section.term{margin:2rem 0}
table{border-collapse:collapse;margin:.75rem 0}
th,td{border:1px solid #c8c8c8;padding:.25rem .6rem;text-align:left;vertical-align:top}
.note{color:#505a5f;font-size:.9rem}
td.nowrap{white-space:nowrap}
`;

/**
 * Renders the term report.
 *
 * @param term - The term's results.
 * @param tables - Its protected tables.
 * @returns The HTML document.
 */
export async function renderTermReport(term: TermResult, tables: TermTables): Promise<string> {
  const { planned, evaluation, directory } = term;
  const { programme, roster, buddies } = planned;
  const names = new Map(planned.facilitators.map((f) => [f.id, f.name]));
  const facilitatorsBySession = new Map(
    roster.success ? roster.data.assignments.map((a) => [a.sessionId, a.facilitatorIds]) : [],
  );
  const evaluationHtml = evaluationFragment(await renderEvaluationReportHtml(evaluation.primary));
  // The service sections (casework, outreach, fair treatment, carer voice) get their own section.
  const serviceAt = evaluationHtml.body.indexOf("<h3>Casework</h3>");
  const outcomesHtml =
    serviceAt < 0 ? evaluationHtml.body : evaluationHtml.body.slice(0, serviceAt);
  const serviceHtml = serviceAt < 0 ? "" : evaluationHtml.body.slice(serviceAt);
  const pathwayHtml = await renderPathwayFunnelHtml(term.pathway.funnel);
  const sessions = programme.sessions
    .map(
      (s) =>
        `<tr><td>${s.number}</td><td class="nowrap">${esc(s.date)}</td><td class="nowrap">${esc(s.startTime)}–${esc(s.endTime)}</td><td class="nowrap">${esc(s.start.replace("T", " ").replace(":00Z", " UTC"))}</td><td>${esc(s.content.title)}${s.content.caredForInvited ? " (cared-for people invited)" : ""}</td><td>${(facilitatorsBySession.get(s.id) ?? []).map((id) => esc(names.get(id) ?? id)).join(", ")}</td></tr>`,
    )
    .join("");
  const rosterNote = roster.success
    ? `<p>Two facilitators qualified as palliative care social workers staff every session.</p>`
    : `<p><strong>Roster problem:</strong> ${esc(roster.error.message)}</p>`;
  const offersUsed = new Set(
    term.matched.flatMap((m) => m.matched.flatMap((x) => x.matches.map((y) => y.offer.id))),
  );
  const leftOut = directory.issues.filter((i) => i.severity === "error").length;

  const body = `
<header class="term">
<h1>Better Together, spring 2026: term report</h1>
<p>Larkspur Hospice (fictional), Hollowmere (a fictional town). Period: ${esc(PERIOD)}. Programme ${esc(TERM.programmeId)}.</p>
</header>
<p class="synthetic" id="synthetic"><strong>Synthetic data.</strong> Every carer, cared-for person, facilitator, service and place in this report is invented for the CarerKit demo. Postcodes are in the fictional ZZ area; phone numbers are in Ofcom's drama range.</p>
<nav><h2>Contents</h2><ol>
<li><a href="#pathway">The carer's pathway</a></li>
<li><a href="#registration">Registration</a></li>
<li><a href="#assessment">Entry assessment and eligibility</a></li>
<li><a href="#services">Local services</a></li>
<li><a href="#programme">The programme</a></li>
<li><a href="#attendance">Attendance</a></li>
<li><a href="#evaluation">Evaluation: wellbeing (SWEMWBS)</a></li>
<li><a href="#burden">Carer burden (ZBI-12)</a></li>
<li><a href="#casework">Casework, outreach, fair treatment and carer voice</a></li>
<li><a href="#method">How this report was made</a></li>
</ol></nav>

<section class="term" id="pathway"><h2>The carer's pathway</h2>
<p>The carer service received ${term.pathway.referrals.length > 0 ? "referrals" : "no referrals"} from the wards, GP practices, social care, schools, the Tea &amp; Chat drop-in and carers themselves from 5 January to 24 April 2026. Each moved through the pathway (contact, assessment, support plan, review), or was declined or closed, and the counts below are as at ${esc(PATHWAY_AS_OF_TEXT)}. Standards: ${PATHWAY_STANDARDS.map((s) => esc(s.label.toLowerCase())).join("; ")}; working days skip weekends and the England and Wales bank holidays (Good Friday and Easter Monday fell in the term).</p>
${pathwayHtml}
</section>

<section class="term" id="registration"><h2>Registration</h2>
<p>Every referral was validated field by field. Records with problems were returned to the referrer with each problem named; the rest were registered.</p>
${toPublishedTableHtml(tables.registration)}
</section>

<section class="term" id="assessment"><h2>Entry assessment and eligibility</h2>
<p>At entry each carer completed the carer-led support-needs checklist, SWEMWBS (wellbeing), the ZBI-12 (carer burden) and the PHQ-9 (mood). Eligibility for support was decided under the Care Act 2014 and the Care and Support (Eligibility Criteria) Regulations 2015, reg. 3.</p>
<h3>Care Act eligibility</h3>
${toPublishedTableHtml(tables.eligibility)}
<h3>Safety follow-up</h3>
<p>Any answer above "Not at all" on PHQ-9 item 9 raised a safety flag, followed up by a social worker the same day under the hospice's risk protocol, before any other step.</p>
${toPublishedTableHtml(tables.safety)}
<h3>Support needs at entry</h3>
${toPublishedTableHtml(tables.needs)}
</section>

<section class="term" id="services"><h2>Local services</h2>
<p>The Hollowmere directory was read from its Open Referral HSDS 3 feed: ${directory.offers.length} service offers${leftOut > 0 ? `; ${leftOut} record${leftOut === 1 ? " was" : "s were"} left out as unusable and reported back to the directory team` : ""}. Each carer was matched to services for their three most important needs, judged on need, distance, age, condition focus, accessibility, cost and when the service is open; ${offersUsed.size} different services were suggested. Each carer's suggestions and reasons are in their support plan.</p>
</section>

<section class="term" id="programme"><h2>The programme</h2>
<p>Eight weekly two-hour sessions on Mondays at ${esc(TERM.startTime)} ${esc(TERM.zone)} at ${esc(TERM.venue)}, from ${esc(TERM.startDate)}. Sessions keep their local time when the clocks change (UTC shown for reference). Bank holidays skipped: ${programme.skipped.map((s) => `${esc(s.date)} (${esc(s.title)})`).join(", ")}.</p>
<table><thead><tr><th>Session</th><th>Date</th><th>Local time</th><th>Starts (UTC)</th><th>Theme</th><th>Facilitators</th></tr></thead><tbody>${sessions}</tbody></table>
${rosterNote}
<p>${buddies.pairs.length} informal buddy pairs were suggested from shared circumstances (relationship, condition, hours of care, living nearby, interests); carers who did not want a buddy were not paired.</p>
</section>

<section class="term" id="attendance"><h2>Attendance</h2>
${toPublishedTableHtml(tables.attendance)}
</section>

<section class="term" id="evaluation"><h2>Evaluation: wellbeing (SWEMWBS)</h2>
<h3>At a glance</h3>
${standardisedChangeChart([
  { label: "Wellbeing (SWEMWBS)", report: evaluation.primary },
  { label: "Carer burden (ZBI-12)", report: evaluation.secondary },
])}
${outcomesHtml}
</section>

<section class="term" id="burden"><h2>Carer burden (ZBI-12)</h2>
${burdenHtml(evaluation.secondary)}
</section>

<section class="term" id="casework"><h2>Casework, outreach, fair treatment and carer voice</h2>
<p>The carer coordinators' support contacts by kind, outreach events (counted, never named), a fairness breakdown by equality-monitoring answers (categories too small to publish are combined and not named) and carers' feedback, with complaints judged against the 3-working-day acknowledgement deadline across bank holidays. Each PHQ-9 safety flag also opened a draft safeguarding concern for the safeguarding lead to screen; those records are never published.</p>
${serviceHtml}
</section>

<section class="term" id="method"><h2>How this report was made</h2>
<p class="note">Made with CarerKit (@carerkit/core, assessment, directory, scheduling and evaluation) from the example's bundled data; attendance and exit questionnaires are simulated from a fixed seed, so the report is the same on every run. Counts are protected with the ${esc(RULE.name)} rule (* = suppressed); statistics resting on fewer than ${RULE.threshold + 1} people are withheld. Carers appear in the evaluation data only as keyed pseudonyms.</p>
</section>
`;
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Better Together, spring 2026: term report (synthetic data)</title>
<style>${evaluationHtml.style}${STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
