// Which HSDS 3 object a JSON record is, from the keys it has (HSDS JSON carries no type tag).
import { isRecord, type Rec } from "../read.ts";

export type Kind =
  | "page"
  | "tabular"
  | "wrapper"
  | "root"
  | "service"
  | "sal"
  | "organisation"
  | "location"
  | "term"
  | "taxonomy"
  | "unknown";

export function kindOf(rec: Rec): Kind {
  if (Array.isArray(rec["contents"])) return "page";
  if (Object.keys(rec).some((k) => k.endsWith(".csv"))) return "tabular";
  if (
    typeof rec["openapi_url"] === "string" ||
    (typeof rec["version"] === "string" && rec["id"] === undefined)
  )
    return "root";
  if (
    rec["id"] === undefined &&
    (Array.isArray(rec["services"]) || Array.isArray(rec["organizations"]))
  )
    return "wrapper";
  if (
    "status" in rec ||
    "service_at_locations" in rec ||
    "organization_id" in rec ||
    isRecord(rec["organization"])
  )
    return "service";
  if (isRecord(rec["service"]) || "service_id" in rec || ("location_id" in rec && !("name" in rec)))
    return "sal";
  if (isRecord(rec["location"]) && !("name" in rec)) return "sal";
  if ("location_type" in rec || "latitude" in rec) return "location";
  if (
    Array.isArray(rec["services"]) ||
    "organization_identifiers" in rec ||
    "legal_status" in rec ||
    "website" in rec ||
    "year_incorporated" in rec
  )
    return "organisation";
  if (
    "taxonomy_detail" in rec ||
    "parent_id" in rec ||
    "code" in rec ||
    "term_uri" in rec ||
    "taxonomy_id" in rec
  )
    return "term";
  if ("name" in rec && "description" in rec && ("uri" in rec || "version" in rec))
    return "taxonomy";
  if ("name" in rec && "description" in rec && "id" in rec) return "organisation";
  return "unknown";
}
