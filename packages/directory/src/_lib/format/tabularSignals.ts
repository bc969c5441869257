// What tells the generations of an HSDS tabular package apart: the tables and columns that only
// one generation has (from the official datapackage.json of HSDS 1.0, 1.1.1, 2.0.1, 3.0, 3.1 and
// of the Open Referral UK 3.0 profile, vendored in the tests).
import type { DirectoryFormat } from "../../offer/directoryFormat.ts";

/** A package as table name → its column names. */
export type TableColumns = ReadonlyMap<string, readonly string[]>;

interface Signal {
  readonly generation: DirectoryFormat["generation"];
  readonly profile?: "oruk";
  readonly says: string;
  readonly test: (t: TableColumns) => boolean;
}

const has =
  (table: string, column?: string) =>
  (t: TableColumns): boolean =>
    column === undefined ? t.has(table) : (t.get(table)?.includes(column) ?? false);

const SIGNALS: readonly Signal[] = [
  { generation: "1", says: "regular_schedules.csv (HSDS 1.x)", test: has("regular_schedules") },
  { generation: "1", says: "holiday_schedules.csv (HSDS 1.x)", test: has("holiday_schedules") },
  {
    generation: "1",
    says: "mail_addresses.csv (HSDS 1.0, Ohana API)",
    test: has("mail_addresses"),
  },
  {
    generation: "1",
    says: "services.csv has location_id (HSDS 1.0)",
    test: has("services", "location_id"),
  },
  {
    generation: "1",
    says: "services.csv has taxonomy_ids (HSDS 1.x)",
    test: has("services", "taxonomy_ids"),
  },
  { generation: "1", says: "taxonomy.csv (HSDS 1.x)", test: has("taxonomy", "parent_name") },
  { generation: "1", says: "services_taxonomy.csv (HSDS 1.1)", test: has("services_taxonomy") },
  { generation: "1", says: "fees.csv (HSDS 1.0)", test: has("fees") },
  { generation: "2", says: "service_attributes.csv (HSDS 2.0)", test: has("service_attributes") },
  { generation: "2", says: "other_attributes.csv (HSDS 2.0)", test: has("other_attributes") },
  {
    generation: "2",
    says: "physical_addresses.csv with schedules.csv (HSDS 2.0)",
    test: (t) => t.has("physical_addresses") && t.has("schedules"),
  },
  { generation: "3", says: "attributes.csv (HSDS 3)", test: has("attributes") },
  {
    generation: "3",
    says: "addresses.csv has address_type (HSDS 3)",
    test: has("addresses", "address_type"),
  },
  { generation: "3", says: "taxonomies.csv (HSDS 3)", test: has("taxonomies") },
  { generation: "3", says: "service_at_location.csv (HSDS 3)", test: has("service_at_location") },
  { generation: "3.1", says: "url.csv (HSDS 3.1)", test: has("url") },
  { generation: "3.1", says: "service_capacity.csv (HSDS 3.1)", test: has("service_capacity") },
  {
    generation: "3.1",
    says: "attributes.csv has label (HSDS 3.1)",
    test: has("attributes", "label"),
  },
  {
    generation: "3.0",
    profile: "oruk",
    says: "attribute.csv (Open Referral UK 3.0)",
    test: has("attribute"),
  },
  {
    generation: "3.0",
    profile: "oruk",
    says: "schedule.csv (Open Referral UK 3.0)",
    test: has("schedule"),
  },
  {
    generation: "3.0",
    profile: "oruk",
    says: "taxonomy_terms.csv has term (Open Referral UK 3.0)",
    test: has("taxonomy_terms", "term"),
  },
];

const RANK: Readonly<Record<DirectoryFormat["generation"], number>> = {
  "1": 1,
  "2": 2,
  "3": 3,
  "3.0": 3,
  "3.1": 4,
};

/**
 * The generation a package's tables point to, and why. Older-generation signals win over
 * newer ones only when no HSDS 3 table is present (real exports mix in stray files).
 */
export function readTabularSignals(
  tables: TableColumns,
):
  | { generation: DirectoryFormat["generation"]; profile: "hsds" | "oruk"; evidence: string[] }
  | undefined {
  const hits = SIGNALS.filter((s) => s.test(tables));
  if (hits.length === 0) return undefined;
  const oruk = hits.filter((s) => s.profile === "oruk");
  if (oruk.length > 0)
    return { generation: "3.0", profile: "oruk", evidence: oruk.map((s) => s.says) };
  const newest = Math.max(...hits.map((s) => RANK[s.generation]));
  const pick = newest >= 3 ? hits.filter((s) => RANK[s.generation] >= 3) : hits;
  const generation = pick.some((s) => s.generation === "3.1")
    ? "3.1"
    : newest >= 3
      ? "3"
      : pick.some((s) => s.generation === "2")
        ? "2"
        : "1";
  return { generation, profile: "hsds", evidence: pick.map((s) => s.says) };
}

/** The generation a datapackage.json `version` names (`1.1.1` → 1, `3.0.0` → 3.0). */
export function generationOfVersion(version: string): DirectoryFormat["generation"] | undefined {
  const m = /^(\d+)(?:\.(\d+))?/.exec(version.trim());
  if (m === null) return undefined;
  const major = m[1];
  if (major === "1" || major === "2") return major;
  if (major === "3") return m[2] === "1" ? "3.1" : m[2] === "0" ? "3.0" : "3";
  return undefined;
}
