import { checkArgument, invalidArgument, type ArgumentKind } from "@carerkit/core";
import type { z } from "zod";

/** Each field a record must hold: its kind, and whether it may be left out. */
export type RecordFields = Readonly<Record<string, readonly [ArgumentKind, "optional"?]>>;

/**
 * Throws `invalid_argument` unless `records` is an array of plain objects whose listed fields
 * are of their kinds, naming the first bad one (e.g. `records[3].lastSessionAttended`).
 * O(records × fields).
 */
export function checkRecordFields(
  fn: string,
  records: Readonly<Record<string, unknown>>,
  fields: RecordFields,
): void {
  const [name = "records", list] = Object.entries(records)[0] ?? [];
  checkArgument(fn, { [name]: list }, "array");
  const array = list as readonly unknown[];
  for (let i = 0; i < array.length; i++) checkFields(fn, { [`${name}[${i}]`]: array[i] }, fields);
}

/**
 * Throws `invalid_argument` unless `object` is a plain object whose listed fields are of their
 * kinds, naming the first bad one (e.g. `report.title`).
 */
export function checkFields(
  fn: string,
  object: Readonly<Record<string, unknown>>,
  fields: RecordFields,
): void {
  const [name = "argument", value] = Object.entries(object)[0] ?? [];
  checkArgument(fn, { [name]: value }, "plain object");
  for (const [field, [kind, optional]] of Object.entries(fields)) {
    const at = (value as Record<string, unknown>)[field];
    if (optional && at === undefined) continue;
    checkArgument(fn, { [`${name}.${field}`]: at }, kind);
  }
}

/**
 * Throws `invalid_argument` unless `records` is an array whose every entry matches core's schema
 * for it, naming the first bad field (e.g. `contacts[2].date`); the value never reaches the message.
 */
export function checkSchemaRecords(
  fn: string,
  records: Readonly<Record<string, unknown>>,
  schema: { readonly type: string; readonly schema: z.ZodType },
): void {
  const [name = "records", list] = Object.entries(records)[0] ?? [];
  checkArgument(fn, { [name]: list }, "array");
  const array = list as readonly unknown[];
  for (let i = 0; i < array.length; i++) {
    const record = array[i];
    const parsed = schema.schema.safeParse(record);
    if (parsed.success) continue;
    const path = (parsed.error.issues[0]?.path ?? []).filter(
      (p): p is string | number => typeof p !== "symbol",
    );
    const where = path.map((p) => (typeof p === "number" ? `[${p}]` : `.${p}`)).join("");
    const value = path.reduce<unknown>(
      (at, p) =>
        typeof at === "object" && at !== null ? (at as Record<string, unknown>)[p] : undefined,
      record,
    );
    throw invalidArgument(fn, { [`${name}[${i}]${where}`]: value }, `a valid ${schema.type}`);
  }
}
