import { HSDS3_SPECS, LEGACY_SPECS, NO_EQUIVALENT, type TableSpec } from "./tableSpecs.ts";

/** Open Referral UK 3.0 names some CSV files in the singular. */
export const ORUK_TABLE_ALIASES: Readonly<Record<string, string>> = {
  attribute: "attributes",
  schedule: "schedules",
  address: "addresses",
  taxonomy: "taxonomies",
};

/** The spec of an input table; tables the offer model has no place for are never mapped. */
export function specOf(generation: "legacy" | "hsds3"): (table: string) => TableSpec {
  const specs = generation === "legacy" ? LEGACY_SPECS : HSDS3_SPECS;
  return (table) =>
    specs[table] ??
    (generation === "hsds3" ? HSDS3_SPECS[ORUK_TABLE_ALIASES[table] ?? ""] : undefined) ?? {
      reach: { by: "never", reason: `${table}: ${NO_EQUIVALENT}` },
      mapped: [],
    };
}
