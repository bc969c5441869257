// A Frictionless datapackage.json descriptor of an HSDS package: its version and its tables.
import type { DirectoryFormat } from "../../offer/directoryFormat.ts";
import { tableName } from "../assembleTabular.ts";
import { isRecord } from "../read.ts";
import { generationOfVersion, type TableColumns } from "./tabularSignals.ts";

export interface Datapackage {
  readonly version: string;
  readonly generation?: DirectoryFormat["generation"] | undefined;
  /** Table → field names, as the descriptor lists them. */
  readonly tables: TableColumns;
}

/** The descriptor, or undefined when the text is not a datapackage.json with resources. */
export function readDatapackage(text: string): Datapackage | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(json) || !Array.isArray(json["resources"])) return undefined;
  const tables = new Map<string, readonly string[]>();
  for (const r of json["resources"] as unknown[]) {
    if (!isRecord(r) || typeof r["path"] !== "string") continue;
    const schema = isRecord(r["schema"]) ? r["schema"] : undefined;
    const fields = Array.isArray(schema?.["fields"]) ? (schema["fields"] as unknown[]) : [];
    tables.set(
      tableName(r["path"]),
      fields.flatMap((f) => (isRecord(f) && typeof f["name"] === "string" ? [f["name"]] : [])),
    );
  }
  const version = typeof json["version"] === "string" ? json["version"] : "";
  return { version, generation: generationOfVersion(version), tables };
}
