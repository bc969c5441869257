import type { Result } from "@carerkit/core";
import type { DirectoryFormat } from "../offer/directoryFormat.ts";
import type { DirectoryIssue } from "../offer/issue.ts";
import { readDatapackage } from "../_lib/format/readDatapackage.ts";
import { readJsonSignals } from "../_lib/format/jsonSignals.ts";
import { csvColumns, isCsvFiles, tabularJsonColumns } from "../_lib/format/tabularColumns.ts";
import { readTabularSignals, type TableColumns } from "../_lib/format/tabularSignals.ts";
import { isTabularJson } from "../_lib/assembleTabular.ts";
import { jsonProblem } from "../_lib/jsonProblem.ts";

function unknownShape(message: string): Result<DirectoryFormat, DirectoryIssue> {
  return {
    success: false,
    error: {
      code: "unsupported_shape",
      severity: "error",
      path: [],
      message: `(root): ${message}`,
    },
  };
}

function detectTabular(
  tables: TableColumns,
  descriptor: ReturnType<typeof readDatapackage>,
): Result<DirectoryFormat, DirectoryIssue> {
  const fromTables = readTabularSignals(descriptor?.tables ?? tables);
  if (descriptor?.generation !== undefined) {
    // The official HSDS 3.1 descriptor still says "3.0.0"; its 3.1-only tables decide.
    const newer = descriptor.generation.startsWith("3") && fromTables?.generation === "3.1";
    return {
      success: true,
      data: {
        generation: newer ? "3.1" : descriptor.generation,
        profile: fromTables?.profile ?? "hsds",
        serialisation: "csv",
        datapackage: true,
        evidence: [
          `datapackage.json version ${descriptor.version}`,
          ...(fromTables?.evidence ?? []),
        ],
      },
    };
  }
  if (!tables.has("services"))
    return unknownShape(
      `not an Open Referral tabular package: no services.csv among ${tables.size} tables`,
    );
  if (fromTables === undefined)
    return {
      success: true,
      data: {
        generation: "3",
        profile: "hsds",
        serialisation: "csv",
        datapackage: false,
        evidence: ["services.csv and no table or column of another generation: read as HSDS 3"],
      },
    };
  return {
    success: true,
    data: { ...fromTables, serialisation: "csv", datapackage: false },
  };
}

/**
 * Says which Open Referral generation and profile a directory is — HSDS 1.x or 2.0 tabular, HSDS
 * 3.0 or 3.1 (JSON or tabular), the Open Referral UK 3.0 profile or ORUK v1 — from its
 * `datapackage.json` when there is one, else from the tables, columns and keys only one
 * generation uses. Every importer runs it and reports the result as `format`.
 *
 * @param input - Parsed JSON, or CSV texts by file name (`{ "services.csv": text, … }`).
 * @returns The format with the evidence for it, or one `unsupported_shape` error (also for a
 *   value that parsed JSON never is: a cycle, a sparse array, more than ten million values).
 * @example
 * const found = detectDirectoryFormat({ "services.csv": servicesCsv, "regular_schedules.csv": hours });
 * if (found.success) console.log(found.data.generation); //=> "1"
 */
export function detectDirectoryFormat(input: unknown): Result<DirectoryFormat, DirectoryIssue> {
  const refused = jsonProblem(input);
  if (refused !== undefined) return { success: false, error: refused };
  if (isCsvFiles(input)) {
    const text = Object.entries(input).find(([k]) => /(^|\/)datapackage\.json$/i.test(k))?.[1];
    return detectTabular(csvColumns(input), text === undefined ? undefined : readDatapackage(text));
  }
  if (isTabularJson(input)) {
    const found = detectTabular(tabularJsonColumns(input), undefined);
    return found.success
      ? { success: true, data: { ...found.data, serialisation: "json" } }
      : found;
  }
  const signals = readJsonSignals(input);
  if (signals === undefined)
    return unknownShape(
      "not an Open Referral document: no service, organization, location, service_at_location, page or taxonomy record in it",
    );
  return { success: true, data: { ...signals, serialisation: "json", datapackage: false } };
}
