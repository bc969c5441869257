// What tells HSDS JSON generations and profiles apart: keys that only one of them uses (from
// the HSDS 3.0/3.1 schemas, the Open Referral UK 3.0 profile and ORUK v1's ExtendedDataPackage).
import type { DirectoryFormat } from "../../offer/directoryFormat.ts";
import { kindOf } from "../hsds/kindOf.ts";
import { isRecord, type Rec } from "../read.ts";

const ORUK_V1_KEYS = [
  "eligibilitys",
  "service_taxonomys",
  "regular_schedules",
  "holiday_schedules",
];
const HSDS_31_KEYS = ["additional_urls", "capacities", "additional_websites"];
const HSDS_3_KEYS = [
  "service_at_locations",
  "organization_identifiers",
  "cost_options",
  "taxonomy_term",
  "location_type",
  "contents",
];

interface Seen {
  readonly evidence: Set<string>;
  orukV1: boolean;
  oruk3: boolean;
  v31: boolean;
  v3: boolean;
}

function visitRecord(rec: Rec, parentKey: string, seen: Seen): void {
  if (parentKey === "" || parentKey === "contents") {
    const kind = kindOf(rec);
    if (kind !== "unknown" && kind !== "page" && kind !== "tabular") {
      seen.v3 = true;
      seen.evidence.add(`a ${kind} record (HSDS 3)`);
    }
  }
  for (const key of ORUK_V1_KEYS)
    if (Array.isArray(rec[key])) {
      seen.orukV1 = true;
      seen.evidence.add(`${key} (Open Referral UK v1)`);
    }
  if (Array.isArray(rec["content"]) && "totalElements" in rec) {
    seen.orukV1 = true;
    seen.evidence.add("a { content, totalElements } page (Open Referral UK v1)");
  }
  for (const key of HSDS_31_KEYS)
    if (key in rec) {
      seen.v31 = true;
      seen.evidence.add(`${key} (HSDS 3.1)`);
    }
  if (parentKey === "attributes" && "label" in rec) {
    seen.v31 = true;
    seen.evidence.add("attribute.label (HSDS 3.1)");
  }
  if (parentKey === "service_at_locations" && Array.isArray(rec["service_areas"])) {
    seen.v31 = true;
    seen.evidence.add("service_at_location.service_areas (HSDS 3.1)");
  }
  if (Array.isArray(rec["taxonomy_terms"]) && "name" in rec) {
    seen.oruk3 = true;
    seen.evidence.add("taxonomy.taxonomy_terms (Open Referral UK 3.0)");
  }
  if (
    parentKey === "languages" &&
    "id" in rec &&
    !("name" in rec) &&
    !("code" in rec) &&
    !("language" in rec)
  ) {
    seen.oruk3 = true;
    seen.evidence.add("languages given by id only (Open Referral UK 3.0)");
  }
  for (const key of HSDS_3_KEYS)
    if (key in rec) {
      seen.v3 = true;
      seen.evidence.add(`${key} (HSDS 3)`);
    }
  if ("status" in rec && "name" in rec && "id" in rec) seen.v3 = true;
}

/**
 * The generation and profile a JSON document points to, and why; undefined when nothing in it
 * is recognisably Open Referral.
 */
export function readJsonSignals(
  value: unknown,
): Pick<DirectoryFormat, "generation" | "profile" | "evidence"> | undefined {
  const seen: Seen = { evidence: new Set(), orukV1: false, oruk3: false, v31: false, v3: false };
  const stack: { value: unknown; key: string; depth: number }[] = [{ value, key: "", depth: 0 }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if (item.depth > 32) continue;
    if (Array.isArray(item.value)) {
      for (const v of item.value as unknown[])
        stack.push({ value: v, key: item.key, depth: item.depth + 1 });
    } else if (isRecord(item.value)) {
      visitRecord(item.value, item.key, seen);
      for (const [k, v] of Object.entries(item.value))
        if (typeof v === "object" && v !== null)
          stack.push({ value: v, key: k, depth: item.depth + 1 });
    }
  }
  const evidence = [...seen.evidence].sort();
  if (seen.orukV1) return { generation: "1", profile: "oruk", evidence };
  if (seen.oruk3) return { generation: "3.0", profile: "oruk", evidence };
  if (seen.v31) return { generation: "3.1", profile: "hsds", evidence };
  if (seen.v3) return { generation: "3", profile: "hsds", evidence };
  return undefined;
}
