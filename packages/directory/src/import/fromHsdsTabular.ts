import type { DirectoryImport } from "../offer/directoryImport.ts";
import { assembleTabular, tableName } from "../_lib/assembleTabular.ts";
import { newContext } from "../_lib/buildOffers.ts";
import { parseCsv } from "../_lib/csv.ts";
import { report, type Rec } from "../_lib/read.ts";
import type { FromHsdsOptions } from "./fromHsds.ts";

/**
 * Imports an HSDS 3 Tabular Data Package — the CSV files (`services.csv`,
 * `service_at_location.csv`, `locations.csv`, …) given by name — into service offers. Ids act as
 * foreign keys; every key that points at a missing row is reported as `dangling_reference`
 * rather than crashing, and malformed CSV lines are reported as `invalid_csv`.
 *
 * @param files - CSV text by file name (`"services.csv"` or `"services"`; folders are ignored).
 * @param options - The feed's name and how to read age limits.
 * @returns The offers, every issue found, and the taxonomy terms in the package.
 * @example
 * const files = Object.fromEntries(names.map((n) => [n, readFileSync(`csv/${n}`, "utf8")]));
 * const { offers, issues } = fromHsdsTabular(files, { source: "council" });
 */
export function fromHsdsTabular(
  files: Readonly<Record<string, string>>,
  options: FromHsdsOptions = {},
): DirectoryImport {
  const ctx = newContext(options.source ?? "hsds", options.agesApplyTo ?? "carer");
  const tables = new Map<string, Rec[]>();
  for (const [name, text] of Object.entries(files).sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  )) {
    if (!name.toLowerCase().endsWith(".csv") && name.includes(".")) continue; // datapackage.json and friends
    const table = tableName(name);
    const parsed = parseCsv(text);
    for (const p of parsed.problems)
      report(ctx, {
        severity: "warning",
        code: "invalid_csv",
        path: [table, `line ${p.line}`],
        message: p.message,
      });
    tables.set(table, parsed.rows);
  }
  if (!tables.has("services")) {
    report(ctx, {
      severity: "error",
      code: "missing_required_field",
      path: ["services"],
      message: "the package has no services.csv; nothing to import",
    });
  }
  assembleTabular(ctx, tables);
  const taxonomyTerms = [...ctx.terms.values()].flatMap((t) => {
    const id = typeof t["id"] === "string" ? t["id"] : undefined;
    const name = typeof t["name"] === "string" ? t["name"] : undefined;
    if (id === undefined || name === undefined || name === "") return [];
    const code = typeof t["code"] === "string" && t["code"] !== "" ? t["code"] : undefined;
    return [{ id, name, ...(code === undefined ? {} : { code }) }];
  });
  return { offers: ctx.offers, issues: ctx.issues, taxonomyTerms };
}
