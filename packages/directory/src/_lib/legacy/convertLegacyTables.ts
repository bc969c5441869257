// Rewrites the tables of an HSDS 1.0/1.1/2.0 package (and the Ohana API's CSV export) as the
// HSDS 3 tables that assembleTabular reads. Field equivalents follow the official
// datapackage.json of each generation; what has no equivalent is left for the conservation
// report to name. Ids are kept, so issues and the report point at the published records.
import { describe, isValidDate, report, type IssueSink, type Rec } from "../read.ts";
import { splitList } from "./splitList.ts";
import { WEEKDAYS } from "./weekdays.ts";

type Tables = ReadonlyMap<string, readonly Rec[]>;

const text = (row: Rec, key: string): string | undefined => {
  const v = row[key];
  return typeof v === "string" && v.trim() !== "" ? v.trim() : undefined;
};

const defined = (entries: Record<string, string | undefined>): Rec =>
  Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== undefined));

const ALL_DAYS = "MO,TU,WE,TH,FR,SA,SU";

function rows(tables: Tables, name: string): readonly Rec[] {
  return tables.get(name) ?? [];
}

/** Collects the HSDS 3 rows as they are made. */
class Out {
  readonly tables = new Map<string, Rec[]>();
  add(table: string, row: Rec): void {
    const list = this.tables.get(table) ?? [];
    list.push(row);
    this.tables.set(table, list);
  }
  addAll(table: string, list: readonly Rec[]): void {
    for (const r of list) this.add(table, r);
  }
}

/** Texts of rows of `table` that belong to a service, joined by "; ". */
function textsByService(tables: Tables, table: string, column: string): Map<string, string> {
  const by = new Map<string, string[]>();
  for (const r of rows(tables, table)) {
    const sid = text(r, "service_id");
    const value = text(r, column);
    if (sid === undefined || value === undefined) continue;
    by.set(sid, [...(by.get(sid) ?? []), value]);
  }
  return new Map([...by].map(([k, v]) => [k, v.join("; ")]));
}

function convertServices(tables: Tables, out: Out): void {
  const eligibility = textsByService(tables, "eligibility", "eligibility");
  const fees = textsByService(tables, "fees", "fee");
  // HSDS 1.0 exports (the Ohana API's) name the organisation on the location, not the service.
  const orgOfLocation = new Map(
    rows(tables, "locations").flatMap((l) => {
      const id = text(l, "id");
      const org = text(l, "organization_id");
      return id === undefined || org === undefined ? [] : [[id, org] as const];
    }),
  );
  for (const s of rows(tables, "services")) {
    const id = text(s, "id");
    const locationOf = text(s, "location_id");
    out.add("services", {
      ...s,
      organization_id:
        text(s, "organization_id") ??
        (locationOf === undefined ? undefined : orgOfLocation.get(locationOf)) ??
        "",
      url: text(s, "url") ?? text(s, "website") ?? "",
      eligibility_description:
        text(s, "eligibility") ?? (id === undefined ? undefined : eligibility.get(id)) ?? "",
      fees_description: text(s, "fees") ?? (id === undefined ? undefined : fees.get(id)) ?? "",
    });
    if (id === undefined) continue;
    const locationId = text(s, "location_id");
    if (locationId !== undefined)
      out.add("service_at_location", {
        id: `${id}@${locationId}`,
        service_id: id,
        location_id: locationId,
      });
    splitList(s["languages"]).forEach((name, k) => {
      out.add("languages", { id: `service-${id}-language-${k}`, service_id: id, name });
    });
    splitList(s["service_areas"]).forEach((name, k) => {
      out.add("service_areas", { id: `${id}-area-${k}`, service_id: id, name });
    });
    splitList(s["taxonomy_ids"]).forEach((termId, k) => {
      out.add("attributes", {
        id: `${id}-term-${k}`,
        link_id: id,
        link_type: "service",
        taxonomy_term_id: termId,
      });
    });
  }
}

function convertLocations(tables: Tables, out: Out): void {
  for (const l of rows(tables, "locations")) {
    const id = text(l, "id");
    const virtual = text(l, "virtual")?.toLowerCase() === "true";
    out.add("locations", {
      ...l,
      location_type: virtual ? "virtual" : "physical",
      url: text(l, "url") ?? text(l, "website") ?? "",
    });
    if (id === undefined) continue;
    splitList(l["accessibility"]).forEach((description, k) => {
      out.add("accessibility", { id: `${id}-accessibility-${k}`, location_id: id, description });
    });
    splitList(l["languages"]).forEach((name, k) => {
      out.add("languages", { id: `location-${id}-language-${k}`, location_id: id, name });
    });
  }
}

function convertAddresses(tables: Tables, out: Out): void {
  for (const name of ["addresses", "physical_addresses"])
    for (const a of rows(tables, name)) out.add("addresses", { ...a, address_type: "physical" });
  for (const name of ["mail_addresses", "postal_addresses"])
    for (const a of rows(tables, name))
      out.add("addresses", { ...a, id: `postal-${text(a, "id") ?? ""}`, address_type: "postal" });
}

function convertSchedules(sink: IssueSink, tables: Tables, out: Out): void {
  rows(tables, "regular_schedules").forEach((r, i) => {
    const weekday = text(r, "weekday");
    const byday = weekday === undefined ? undefined : WEEKDAYS[weekday.toLowerCase()];
    if (byday === undefined) {
      report(sink, {
        severity: "error",
        code: "invalid_field",
        path: ["regular_schedules", i, "weekday"],
        message: `expected a weekday name (Monday…Sunday), got ${describe(weekday ?? "")}; schedule left out`,
        recordId: text(r, "id"),
      });
      return;
    }
    out.add("schedules", {
      ...r,
      id: `regular-${text(r, "id") ?? String(i)}`,
      freq: "WEEKLY",
      byday,
    });
  });
  rows(tables, "holiday_schedules").forEach((h, i) => {
    const closed = text(h, "closed")?.toLowerCase() === "true";
    const start = text(h, "start_date");
    const end = text(h, "end_date") ?? start;
    const here = ["holiday_schedules", i];
    if (closed) {
      report(sink, {
        severity: "warning",
        code: "unsupported_schedule",
        path: [...here, "closed"],
        message:
          "a closed day is not part of the offer model; pass closure dates to isOpenAt or matchServices",
        recordId: text(h, "id"),
      });
      return;
    }
    if (start === undefined || end === undefined || !isValidDate(start) || !isValidDate(end)) {
      report(sink, {
        severity: "error",
        code: "invalid_field",
        path: [...here, "start_date"],
        message: `expected start_date and end_date as YYYY-MM-DD, got ${describe(start ?? "")}; holiday opening left out`,
        recordId: text(h, "id"),
      });
      return;
    }
    report(sink, {
      severity: "warning",
      code: "unsupported_schedule",
      path: [...here, "start_date"],
      message:
        "holiday opening added as a daily schedule; regular hours on those dates are not suppressed",
      recordId: text(h, "id"),
    });
    out.add("schedules", {
      ...defined({
        service_id: text(h, "service_id"),
        location_id: text(h, "location_id"),
        service_at_location_id: text(h, "service_at_location_id"),
        opens_at: text(h, "opens_at"),
        closes_at: text(h, "closes_at"),
      }),
      id: `holiday-${text(h, "id") ?? String(i)}`,
      freq: "WEEKLY",
      byday: ALL_DAYS,
      dtstart: start,
      until: end,
      description: "holiday opening",
    });
  });
  out.addAll("schedules", rows(tables, "schedules"));
}

function convertTaxonomy(tables: Tables, out: Out): void {
  for (const t of rows(tables, "taxonomy")) {
    const id = text(t, "id") ?? text(t, "taxonomy_id");
    out.add(
      "taxonomy_terms",
      defined({ id, name: text(t, "name"), code: id, taxonomy: text(t, "vocabulary") }),
    );
  }
  for (const t of rows(tables, "taxonomy_terms"))
    out.add("taxonomy_terms", { ...t, name: text(t, "name") ?? text(t, "term") ?? "" });
  rows(tables, "services_taxonomy").forEach((st, i) => {
    out.add(
      "attributes",
      defined({
        id: text(st, "id") ?? `services_taxonomy-${i}`,
        link_id: text(st, "service_id"),
        link_type: "service",
        taxonomy_term_id: text(st, "taxonomy_id"),
        value: text(st, "taxonomy_detail"),
      }),
    );
  });
  rows(tables, "service_attributes").forEach((sa, i) => {
    out.add(
      "attributes",
      defined({
        id: text(sa, "id") ?? `service_attributes-${i}`,
        link_id: text(sa, "service_id"),
        link_type: "service",
        taxonomy_term_id: text(sa, "taxonomy_term_id"),
      }),
    );
  });
  out.addAll("attributes", rows(tables, "other_attributes"));
}

const COPIED: Readonly<Record<string, string>> = {
  organizations: "organizations",
  services_at_location: "service_at_location",
  service_at_location: "service_at_location",
  service_areas: "service_areas",
  languages: "languages",
  contacts: "contacts",
};

/**
 * The HSDS 3 tables equivalent to an HSDS 1.x/2.0 package. Tables with no equivalent
 * (programs, funding, payments_accepted, …) are not carried over.
 */
export function convertLegacyTables(sink: IssueSink, tables: Tables): Map<string, Rec[]> {
  const out = new Out();
  convertServices(tables, out);
  convertLocations(tables, out);
  convertAddresses(tables, out);
  convertSchedules(sink, tables, out);
  convertTaxonomy(tables, out);
  for (const [from, to] of Object.entries(COPIED))
    for (const r of rows(tables, from))
      out.add(
        to,
        from === "service_areas"
          ? { ...r, name: text(r, "name") ?? text(r, "service_area") ?? "" }
          : from === "languages"
            ? { ...r, name: text(r, "name") ?? text(r, "language") ?? "" }
            : r,
      );
  for (const r of rows(tables, "phones"))
    out.add("phones", { ...r, type: text(r, "type") ?? text(r, "number_type") ?? "" });
  for (const r of rows(tables, "accessibility_for_disabilities"))
    out.add("accessibility", { ...r, description: text(r, "accessibility") ?? "" });
  return out.tables;
}
