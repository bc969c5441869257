import type { PublishedTable } from "../../disclosure/suppressSmallNumbers.ts";
import type { ServiceSections } from "../../report/types.ts";
import { toPublishedTableHtml } from "../../report/toPublishedTableHtml.ts";
import { countBarsSpec } from "../charts.ts";
import { escapeHtml as e, fixed, interval } from "../format.ts";
import { barChart, isWithheld, withheldText } from "./htmlParts.ts";

const label = (code: string): string => {
  const text = code.replaceAll("_", " ");
  return text.charAt(0).toUpperCase() + text.slice(1);
};

/** The table with its row labels (codes) written as words. */
function readable(table: PublishedTable): PublishedTable {
  return { ...table, rows: table.rows.map(label) };
}

/** One column of a table's published row totals, for a per-row bar chart. */
function totalsOf(table: PublishedTable, column: string): PublishedTable {
  return { ...table, columns: [column], cells: table.rowTotals.map((c) => [c]), rowTotals: [] };
}

const FIELD_NAMES: Readonly<Record<string, string>> = {
  ageBand: "Age band",
  sex: "Sex",
  genderIdentity: "Gender identity",
  ethnicity: "Ethnic group (ONS 2021)",
  religion: "Religion",
  disability: "Disability",
  sexualOrientation: "Sexual orientation",
  caresForMoreThanOne: "Cares for more than one person",
};

async function casework(section: NonNullable<ServiceSections["casework"]>): Promise<string> {
  const byKind = readable(section.contactsByKind);
  return [
    `<h2>Casework</h2>${toPublishedTableHtml(section.carersSupported)}`,
    await barChart(
      totalsOf(byKind, "Contacts"),
      (table) =>
        countBarsSpec(table, {
          title: "Support contacts by kind",
          xTitle: "Kind",
          yTitle: "Contacts",
        }),
      "Support contacts by kind",
    ),
    `<h3>Contacts by kind and month</h3>${toPublishedTableHtml(byKind)}`,
    `<h3>Carers supported by kind and month</h3><p class="note">A carer helped in more than one way counts under each kind.</p>${toPublishedTableHtml(readable(section.carersByKind))}`,
    `<h3>Contacts per worker</h3>${toPublishedTableHtml({ ...section.byWorker, columns: section.byWorker.columns.map(label) })}`,
  ].join("\n");
}

async function outreach(section: NonNullable<ServiceSections["outreach"]>): Promise<string> {
  const c = section.conversion;
  const conversion = isWithheld(c)
    ? withheldText(c)
    : `${fixed(c.percentage, 1)}% of carers identified were referred (${e(interval({ ...c.confidenceInterval, lower: 100 * c.confidenceInterval.lower, upper: 100 * c.confidenceInterval.upper }, 1))}%, Wilson)`;
  const byKind = readable(section.byKind);
  return [
    `<h2>Outreach</h2><p class="note">Counts only: outreach records hold no names.</p>`,
    await barChart(
      byKind,
      (table) =>
        countBarsSpec(table, {
          title: "Outreach reach by kind of event",
          xTitle: "Kind of event",
          yTitle: "People",
        }),
      "Outreach reach by kind of event",
    ),
    toPublishedTableHtml(byKind),
    `<p>Conversion to referrals: ${conversion}.</p>`,
  ].join("\n");
}

function fairness(tables: NonNullable<ServiceSections["fairness"]>): string {
  const parts = [
    `<h2>Fair treatment</h2><p class="note">Categories with too few people to publish are combined and not named; * marks a suppressed count.</p>`,
  ];
  for (const t of tables)
    parts.push(
      `<h3>${e(FIELD_NAMES[t.field] ?? t.field)}</h3>${toPublishedTableHtml(readable(t.table))}`,
    );
  return parts.join("\n");
}

function voice(section: NonNullable<ServiceSections["voice"]>): string {
  return [
    `<h2>Carer voice</h2><h3>Feedback by kind</h3>${toPublishedTableHtml(readable(section.kinds))}`,
    `<h3>Themes</h3><p class="note">Feedback with more than one theme counts under each.</p>${toPublishedTableHtml(section.themes)}`,
    `<h3>Complaints acknowledged within the deadline</h3>${toPublishedTableHtml(readable(section.acknowledgement))}`,
    `<h3>Session feedback ratings (1 poor to 5 excellent)</h3>${toPublishedTableHtml(section.sessionRatings)}`,
  ].join("\n");
}

/** The casework, outreach, fair-treatment and carer-voice sections that were given. */
export async function renderServiceHtml(service: ServiceSections): Promise<string> {
  const parts: string[] = [];
  if (service.casework) parts.push(await casework(service.casework));
  if (service.outreach) parts.push(await outreach(service.outreach));
  if (service.fairness) parts.push(fairness(service.fairness));
  if (service.voice) parts.push(voice(service.voice));
  return parts.join("\n");
}
