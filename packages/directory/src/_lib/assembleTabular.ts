// Assembles HSDS tabular rows (from CSV files or the tabular JSON example) into nested service
// records, reporting every foreign key that points nowhere, then builds offers.
import { buildService, type BuildContext } from "./buildOffers.ts";
import { describe, isRecord, report, type Rec } from "./read.ts";

export type Tables = ReadonlyMap<string, readonly Rec[]>;

/** Foreign keys of the HSDS 3 tabular package: table → column → target table. */
const FOREIGN_KEYS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  services: { organization_id: "organizations", program_id: "programs" },
  service_at_location: { service_id: "services", location_id: "locations" },
  locations: { organization_id: "organizations" },
  addresses: { location_id: "locations" },
  phones: {
    service_id: "services",
    location_id: "locations",
    service_at_location_id: "service_at_location",
    organization_id: "organizations",
    contact_id: "contacts",
  },
  schedules: {
    service_id: "services",
    location_id: "locations",
    service_at_location_id: "service_at_location",
  },
  service_areas: { service_id: "services", service_at_location_id: "service_at_location" },
  languages: { service_id: "services", location_id: "locations", phone_id: "phones" },
  accessibility: { location_id: "locations" },
  cost_options: { service_id: "services" },
  contacts: {
    organization_id: "organizations",
    service_id: "services",
    service_at_location_id: "service_at_location",
    location_id: "locations",
  },
  attributes: { taxonomy_term_id: "taxonomy_terms" },
  taxonomy_terms: { taxonomy_id: "taxonomies", parent_id: "taxonomy_terms" },
  organization_identifiers: { organization_id: "organizations" },
  programs: { organization_id: "organizations" },
  funding: { organization_id: "organizations", service_id: "services" },
  required_documents: { service_id: "services" },
  service_capacity: { service_id: "services", unit_id: "units" },
  url: { organization_id: "organizations", service_id: "services" },
};

/** Normalises a file or table name: "examples/csv/services.csv" → "services". */
export function tableName(name: string): string {
  const base = name.split("/").pop() ?? name;
  return base.replace(/\.csv$/i, "");
}

function idOf(row: Rec): string | undefined {
  const id = row["id"];
  if (typeof id === "string" && id.trim() !== "") return id.trim();
  if (typeof id === "number") return String(id);
  return undefined;
}

function fk(row: Rec, column: string): string | undefined {
  const v = row[column];
  if (typeof v === "string" && v.trim() !== "") return v.trim();
  if (typeof v === "number") return String(v);
  return undefined;
}

export function assembleTabular(ctx: BuildContext, tables: Tables): void {
  const byId = new Map<string, Map<string, Rec>>();
  for (const [table, rows] of tables) {
    const map = new Map<string, Rec>();
    rows.forEach((row, i) => {
      const id = idOf(row);
      if (id === undefined) {
        report(ctx, {
          severity: "error",
          code: "missing_required_field",
          path: [table, i, "id"],
          message: "row without id; left out",
        });
        return;
      }
      if (map.has(id)) {
        report(ctx, {
          severity: "error",
          code: "duplicate_id",
          path: [table, i, "id"],
          message: `id ${describe(id)} appears twice in ${table}; later row left out`,
          recordId: id,
        });
        return;
      }
      map.set(id, row);
    });
    byId.set(table, map);
  }
  // Report every dangling foreign key.
  for (const [table, rows] of tables) {
    const keys = FOREIGN_KEYS[table] ?? {};
    rows.forEach((row, i) => {
      for (const [column, target] of Object.entries(keys)) {
        const value = fk(row, column);
        if (value === undefined) continue;
        if (byId.get(target)?.has(value) !== true) {
          report(ctx, {
            severity: "warning",
            code: "dangling_reference",
            path: [table, i, column],
            message: `no row in ${target} with id ${describe(value)}; reference ignored`,
            recordId: idOf(row),
          });
        }
      }
    });
  }
  // Attributes link to any table by link_id; one that matches no row is reported, not dropped
  // silently (its term stays in taxonomyTerms).
  const anyHas = (id: string): boolean => [...byId.values()].some((m) => m.has(id));
  (tables.get("attributes") ?? []).forEach((row, i) => {
    const link = fk(row, "link_id");
    if (link === undefined || anyHas(link)) return;
    report(ctx, {
      severity: "warning",
      code: "dangling_reference",
      path: ["attributes", i, "link_id"],
      message: `no record with id ${describe(link)}; the attribute is on no offer, its term is kept in taxonomyTerms`,
      recordId: idOf(row),
    });
  });
  const rowsOf = (table: string): readonly Rec[] => tables.get(table) ?? [];
  const childrenBy = (table: string, column: string, id: string): Rec[] =>
    rowsOf(table).filter((r) => fk(r, column) === id);

  for (const term of rowsOf("taxonomy_terms")) {
    const id = idOf(term);
    if (id === undefined) continue;
    const taxonomyId = fk(term, "taxonomy_id");
    const taxonomy = taxonomyId === undefined ? undefined : byId.get("taxonomies")?.get(taxonomyId);
    ctx.terms.set(id, taxonomy === undefined ? term : { ...term, taxonomy_detail: taxonomy });
  }
  const locationRecord = (loc: Rec): Rec => {
    const id = idOf(loc) ?? "";
    return {
      ...loc,
      addresses: childrenBy("addresses", "location_id", id),
      phones: childrenBy("phones", "location_id", id),
      schedules: childrenBy("schedules", "location_id", id).filter(
        (s) => fk(s, "service_at_location_id") === undefined && fk(s, "service_id") === undefined,
      ),
      languages: childrenBy("languages", "location_id", id),
      accessibility: childrenBy("accessibility", "location_id", id),
    };
  };
  for (const loc of rowsOf("locations")) {
    const id = idOf(loc);
    if (id !== undefined) ctx.locations.set(id, locationRecord(loc));
  }
  for (const org of rowsOf("organizations")) {
    const id = idOf(org);
    if (id !== undefined) {
      ctx.organisations.set(id, {
        ...org,
        organization_identifiers: childrenBy("organization_identifiers", "organization_id", id),
      });
    }
  }
  const seenServices = new Set<string>();
  rowsOf("services").forEach((service, i) => {
    const id = idOf(service);
    if (id === undefined || seenServices.has(id)) return; // already reported above
    seenServices.add(id);
    const sals = childrenBy("service_at_location", "service_id", id).map((sal) => {
      const salId = idOf(sal) ?? "";
      return {
        ...sal,
        phones: childrenBy("phones", "service_at_location_id", salId),
        schedules: childrenBy("schedules", "service_at_location_id", salId),
        service_areas: childrenBy("service_areas", "service_at_location_id", salId),
      };
    });
    const nested: Rec = {
      ...service,
      phones: childrenBy("phones", "service_id", id).filter(
        (p) => fk(p, "service_at_location_id") === undefined,
      ),
      schedules: childrenBy("schedules", "service_id", id).filter(
        (s) => fk(s, "service_at_location_id") === undefined,
      ),
      service_areas: childrenBy("service_areas", "service_id", id).filter(
        (s) => fk(s, "service_at_location_id") === undefined,
      ),
      languages: childrenBy("languages", "service_id", id),
      cost_options: childrenBy("cost_options", "service_id", id),
      attributes: rowsOf("attributes").filter((a) => fk(a, "link_id") === id),
      service_at_locations: sals,
    };
    buildService(ctx, nested, { path: ["services", i] });
  });
  const linkedSals = new Set(rowsOf("services").map(idOf));
  rowsOf("service_at_location").forEach((sal, i) => {
    const serviceId = fk(sal, "service_id");
    if (serviceId === undefined || !linkedSals.has(serviceId)) {
      report(ctx, {
        severity: "error",
        code: "record_without_service",
        path: ["service_at_location", i],
        message: "service_at_location whose service is missing; left out",
        recordId: idOf(sal),
      });
    }
  });
}

/** Whether a JSON value looks like the HSDS tabular example (`{"services.csv": [...]}`). */
export function isTabularJson(value: unknown): value is Readonly<Record<string, unknown>> {
  return isRecord(value) && Object.keys(value).some((k) => k.endsWith(".csv"));
}
