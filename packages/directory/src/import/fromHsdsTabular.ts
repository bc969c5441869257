import type { DirectoryImport } from "../offer/directoryImport.ts";
import { assembleTabular, tableName } from "../_lib/assembleTabular.ts";
import { newContext } from "../_lib/buildOffers.ts";
import { conserveTabular } from "../_lib/conservation/conserveTabular.ts";
import { ORUK_TABLE_ALIASES } from "../_lib/conservation/specOf.ts";
import type { CountedTable } from "../_lib/conservation/tabularRecords.ts";
import { parseCsv } from "../_lib/csv.ts";
import { convertLegacyTables } from "../_lib/legacy/convertLegacyTables.ts";
import { report, type Rec } from "../_lib/read.ts";
import { detectDirectoryFormat } from "./detectDirectoryFormat.ts";
import type { FromHsdsOptions } from "./types.ts";
import { checkArgument } from "@carerkit/core";
import { capIssues } from "../_lib/capIssues.ts";
import { checkImportOptions } from "../_lib/guard/checkImportOptions.ts";

// HSDS 3 tables under their plural names (Open Referral UK 3.0 writes some in the singular).
function withPluralNames(tables: ReadonlyMap<string, CountedTable>): Map<string, Rec[]> {
  const out = new Map<string, Rec[]>();
  for (const [name, { rows }] of tables) {
    const plural = ORUK_TABLE_ALIASES[name];
    if (plural !== undefined && tables.has(plural)) continue; // a copy of the plural file
    out.set(plural ?? name, [...rows]);
  }
  return out;
}

/**
 * Imports a tabular Open Referral package — the CSV files given by name — into service offers:
 * HSDS 3.0/3.1 and Open Referral UK 3.0 (`services.csv`, `service_at_location.csv`,
 * `locations.csv`, …), and HSDS 1.0/1.1/2.0 as older exports such as the Ohana API's write them
 * (`services.location_id`, `regular_schedules.csv`, `holiday_schedules.csv`,
 * `mail_addresses.csv`, `taxonomy.csv`, inline eligibility, website and language columns). The
 * generation is detected (from `datapackage.json` when given) and reported as `format`; a
 * package that is no Open Referral generation is one `unsupported_shape` error. Every key that
 * points at a missing row is a `dangling_reference`, malformed CSV lines are `invalid_csv`, and
 * `conservation` accounts for every row and field.
 *
 * @param files - CSV text by file name (`"services.csv"` or `"services"`; folders are ignored).
 * @param options - The feed's name and how to read age limits.
 * @returns The offers, every issue found (at most 100 of each kind at each place, then one issue
 *   counting the rest), the taxonomy terms, the format and the conservation report.
 * @throws CarerKitError `invalid_argument` when `files` is not a plain object of CSV texts or
 *   `options` is not of its documented type.
 * @example
 * const files = Object.fromEntries(names.map((n) => [n, readFileSync(`csv/${n}`, "utf8")]));
 * const { offers, issues, format } = fromHsdsTabular(files, { source: "council" });
 */
export function fromHsdsTabular(
  files: Readonly<Record<string, string>>,
  options: FromHsdsOptions = {},
): DirectoryImport {
  checkArgument("fromHsdsTabular", { files }, "plain object");
  for (const [name, text] of Object.entries(files))
    checkArgument(
      "fromHsdsTabular",
      { [`files[${JSON.stringify(name.slice(0, 40))}]`]: text },
      "string",
    );
  checkImportOptions("fromHsdsTabular", options);
  const ctx = newContext(options.source ?? "hsds", options.agesApplyTo ?? "carer");
  const tables = new Map<string, CountedTable>();
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
    tables.set(table, { rows: parsed.rows, widths: parsed.widths });
  }
  const csvFiles = Object.fromEntries(
    Object.entries(files).map(([name, text]) => [name.includes(".") ? name : `${name}.csv`, text]),
  );
  const detected = detectDirectoryFormat(csvFiles);
  const format = detected.success ? detected.data : undefined;
  const legacy = format?.generation === "1" || format?.generation === "2";
  if (!detected.success) ctx.issues.push(detected.error);
  else if (legacy)
    assembleTabular(
      ctx,
      convertLegacyTables(ctx, new Map([...tables].map(([k, v]) => [k, v.rows]))),
    );
  else assembleTabular(ctx, withPluralNames(tables));
  const taxonomyTerms = [...ctx.terms.values()].flatMap((t) => {
    const id = typeof t["id"] === "string" ? t["id"] : undefined;
    const name = typeof t["name"] === "string" ? t["name"] : undefined;
    if (id === undefined || name === undefined || name === "") return [];
    const code = typeof t["code"] === "string" && t["code"] !== "" ? t["code"] : undefined;
    return [{ id, name, ...(code === undefined ? {} : { code }) }];
  });
  const out = { offers: ctx.offers, issues: ctx.issues, taxonomyTerms };
  return {
    ...out,
    issues: capIssues(out.issues),
    format,
    conservation: conserveTabular(tables, legacy ? "legacy" : "hsds3", out),
  };
}
