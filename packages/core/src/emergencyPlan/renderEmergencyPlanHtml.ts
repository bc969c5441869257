import { checkEmergencyPlanShape } from "../_lib/checkEmergencyPlanShape.ts";
import { checkFields } from "../_lib/checkFields.ts";
import { escapeHtml as e } from "../_lib/escapeHtml.ts";
import { checkEmergencyPlanCompleteness } from "./checkEmergencyPlanCompleteness.ts";
import type { EmergencyPlan } from "./EmergencyPlanSchema.ts";
import { listOverdueEmergencyPlans } from "./listOverdueEmergencyPlans.ts";

/** Options for {@link renderEmergencyPlanHtml}. */
export interface EmergencyPlanHtmlOptions {
  /** The date it is printed, `YYYY-MM-DD`; when given, an overdue review is flagged. */
  readonly asOf?: string | undefined;
}

const STYLE = `
@page{size:A4;margin:12mm}
body{font-family:Arial,Helvetica,sans-serif;font-size:11pt;line-height:1.35;color:#000;background:#fff;max-width:48rem;margin:1rem auto;padding:0 1rem}
h1{font-size:16pt;margin:0 0 .3rem}h2{font-size:12pt;margin:.8rem 0 .2rem;border-bottom:2px solid #000}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #000;padding:.15rem .35rem;text-align:left;vertical-align:top}
ul{margin:.1rem 0 .1rem 1.2rem;padding:0}.missing{font-weight:bold}.alert{border:3px solid #000;padding:.3rem .5rem;font-weight:bold}
@media print{body{margin:0;max-width:none}}
`;

const list = (items: readonly string[] | undefined, none: boolean): string =>
  (items ?? []).length > 0
    ? `<ul>${(items ?? []).map((i) => `<li>${e(i)}</li>`).join("")}</ul>`
    : `<p${none ? "" : ' class="missing"'}>${none ? "None." : "Not recorded yet."}</p>`;

function table(
  headers: readonly string[],
  rows: readonly (readonly (string | undefined)[])[],
  empty: string,
): string {
  if (rows.length === 0) return empty;
  const head = headers.map((h) => `<th scope="col">${e(h)}</th>`).join("");
  const body = rows
    .map((r) => `<tr>${r.map((c) => `<td>${e(c ?? "—")}</td>`).join("")}</tr>`)
    .join("");
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/**
 * Renders an emergency plan as one printable, self-contained HTML page (A4): no script, no
 * external stylesheet, font or image, so nothing is fetched when it is opened or printed. It is
 * written for accessibility: `lang`, a title, headings in order, table headers with `scope`,
 * black on white in a plain sans-serif at 11 pt, and gaps written out in words ("Not recorded
 * yet") rather than shown by colour. Every value is HTML-escaped. What is still missing and an
 * overdue review (when `asOf` is given) are stated at the top.
 *
 * @param plan - A parsed plan.
 * @param options - The print date, to flag an overdue review.
 * @returns The HTML document.
 * @example
 * const html = renderEmergencyPlanHtml(plan, { asOf: "2026-11-22" });
 * html.includes("<h1>Emergency plan"); //=> true
 */
export function renderEmergencyPlanHtml(
  plan: EmergencyPlan,
  options: EmergencyPlanHtmlOptions = {},
): string {
  checkEmergencyPlanShape("renderEmergencyPlanHtml", "plan", plan);
  checkFields("renderEmergencyPlanHtml", { options }, { asOf: "ISO date?" });
  const none = (section: string): boolean =>
    ((plan.confirmedNone ?? []) as readonly string[]).includes(section);
  const missing = (section: string): string =>
    `<p class="${none(section) ? "" : "missing"}">${none(section) ? "None." : "Not recorded yet."}</p>`;
  const { gaps } = checkEmergencyPlanCompleteness(plan);
  const overdue = options.asOf === undefined ? [] : listOverdueEmergencyPlans([plan], options.asOf);
  const alerts = [
    ...overdue.map(
      (o) =>
        `This plan was due for review on ${e(o.reviewOn)} (${String(o.daysOverdue)} days ago). Check it is still right.`,
    ),
    ...(gaps.length > 0
      ? [`This plan is not complete: ${e(gaps.map((g) => g.message).join("; "))}.`]
      : []),
  ];
  const parts = [
    `<h1>Emergency plan for ${e(plan.caredForName)}</h1>`,
    `<p>Cared for by ${e(plan.carerName)}. Plan reference ${e(plan.id)}. Updated ${e(plan.updatedOn)}; review by ${e(plan.reviewOn)}.</p>`,
    ...alerts.map((a) => `<p class="alert" role="note">${a}</p>`),
    `<h2>Who steps in</h2>`,
    table(
      ["Name", "Relationship", "Phone", "Email", "When", "Has a key"],
      (plan.stepIn ?? []).map((p) => [
        p.name,
        p.relationship,
        p.phone,
        p.email,
        p.availability,
        p.hasKey === undefined ? undefined : p.hasKey ? "Yes" : "No",
      ]),
      missing("stepIn"),
    ),
    `<h2>Medication</h2>`,
    table(
      ["Medicine", "Dose", "When", "Kept where"],
      (plan.medication ?? []).map((m) => [m.name, m.dose, m.when, m.keptWhere]),
      missing("medication"),
    ),
    `<h2>Daily routines</h2>`,
    list(plan.routines, false),
    `<h2>What they like and what matters to them</h2>`,
    list(plan.preferences, false),
    `<h2>What upsets them, and how to help</h2>`,
    list(plan.triggers, none("triggers")),
    `<h2>Equipment</h2>`,
    list(plan.equipment, none("equipment")),
    `<h2>Professionals to tell</h2>`,
    table(
      ["Role", "Name", "Phone"],
      (plan.professionals ?? []).map((p) => [p.role, p.name, p.phone]),
      missing("professionals"),
    ),
    ...(plan.notes === undefined ? [] : [`<h2>Notes</h2><p>${e(plan.notes)}</p>`]),
  ];
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Emergency plan for ${e(plan.caredForName)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${parts.join("\n")}
</main>
</body>
</html>
`;
}
