// Walks a JSON document into the records the conservation report counts: every object, named
// by the key it sits under, with its scalar values as cells.
import { isRecord, type Path, type Rec } from "../read.ts";
import type { InputRecord } from "./inputRecord.ts";
import { TABLE_OF_KEY } from "./tableSpecs.ts";

/** The importers stop at 32 levels; the walk follows a little further, then counts in bulk. */
const MAX_DEPTH = 40;
const PAGE_KEYS = ["contents", "content", "services", "organizations"];

/** The table a top-level (or page item) record belongs to, from the keys it has. */
function tableOfTopLevel(rec: Rec): string {
  if (PAGE_KEYS.some((k) => Array.isArray(rec[k])) && rec["id"] === undefined) return "document";
  if (typeof rec["openapi_url"] === "string") return "document";
  if ("status" in rec || "service_at_locations" in rec || "organization_id" in rec)
    return "services";
  if (isRecord(rec["service"]) || "service_id" in rec) return "service_at_location";
  if ("location_type" in rec || "latitude" in rec) return "locations";
  if (Array.isArray(rec["services"]) || "website" in rec || "legal_status" in rec)
    return "organizations";
  if (Array.isArray(rec["taxonomy_terms"]) || ("version" in rec && "uri" in rec))
    return "taxonomies";
  if ("term_uri" in rec || "taxonomy_id" in rec || "parent_id" in rec || "code" in rec)
    return "taxonomy_terms";
  if ("name" in rec && "description" in rec) return "organizations";
  return "unknown records";
}

/** Where a value sits: its path, the key it is under and the record around it. */
interface Where {
  readonly path: Path;
  readonly key: string | undefined;
  readonly parent: InputRecord | undefined;
}

/** Every record of a JSON document, in the order met (depth first, keys in order). */
export function jsonRecords(value: unknown): InputRecord[] {
  const out: InputRecord[] = [];
  const counters = new Map<string, number>();
  let stray: (readonly [string, unknown])[] | undefined;
  /** Scalars with no record around them (a bare value, or items of a top-level array). */
  const strayCell = (column: string, v: unknown): void => {
    if (stray === undefined) {
      stray = [];
      out.push({ table: "document", index: 0, path: [], cells: stray });
    }
    stray.push([column, v]);
  };
  const visit = (v: unknown, at: Where): void => {
    const { path, key, parent } = at;
    if (path.length > MAX_DEPTH) {
      // The importers refuse this deep; its values are counted as one record that is not mapped.
      const cells: (readonly [string, unknown])[] = [];
      for (const leaf of jsonLeaves(v)) cells.push(["(nested too deep)", leaf]);
      out.push({
        table: "nested too deep",
        index: 0,
        path: path.slice(0, MAX_DEPTH),
        cells,
        parent,
      });
      return;
    }
    if (Array.isArray(v)) {
      (v as unknown[]).forEach((item, i) => {
        if (isRecord(item) || Array.isArray(item)) visit(item, { path: [...path, i], key, parent });
        else if (parent === undefined) strayCell("(root)[]", item);
        else (parent.cells as (readonly [string, unknown])[]).push([`${key ?? ""}[]`, item]);
      });
      return;
    }
    if (!isRecord(v)) {
      strayCell("(root)", v);
      return;
    }
    const topLevel = key === undefined || (PAGE_KEYS.includes(key) && parent?.table === "document");
    const table = topLevel
      ? tableOfTopLevel(v)
      : (TABLE_OF_KEY[key] ?? (parent === undefined ? key : `${parent.table}.${key}`));
    const index = counters.get(table) ?? 0;
    counters.set(table, index + 1);
    const record: InputRecord = { table, index, path, cells: [], parent };
    out.push(record);
    for (const [k, child] of Object.entries(v)) {
      if (Array.isArray(child) || isRecord(child))
        visit(child, { path: [...path, k], key: k, parent: record });
      else (record.cells as (readonly [string, unknown])[]).push([k, child]);
    }
  };
  visit(value, { path: [], key: undefined, parent: undefined });
  return out;
}

/** Every scalar value of a JSON value, without recursion (any depth). */
function jsonLeaves(value: unknown): unknown[] {
  const leaves: unknown[] = [];
  const stack: unknown[][] = [[value]];
  for (let list = stack.pop(); list !== undefined; list = stack.pop()) {
    for (const v of list) {
      if (Array.isArray(v)) stack.push(v as unknown[]);
      else if (isRecord(v)) stack.push(Object.values(v));
      else leaves.push(v);
    }
  }
  return leaves;
}

/** The number of scalar values in a JSON document, counted independently of jsonRecords. */
export function countJsonCells(value: unknown): number {
  return jsonLeaves(value).length;
}
