/**
 * Keys whose values are direct identifiers or special-category data. A message about a field
 * under one of these keys describes the value's shape and never repeats the value itself, so an
 * error that reaches a log carries no carer's data.
 */
const SENSITIVE_KEYS: ReadonlySet<string | number> = new Set([
  "name",
  "dateOfBirth",
  "nhsNumber",
  "postcode",
  "contact",
  "address",
  "equality",
]);

/** Tells whether a path leads into a field that must never be echoed. */
export function isSensitivePath(path: readonly (string | number)[]): boolean {
  return path.some((key) => SENSITIVE_KEYS.has(key));
}

/** Describes a value's shape without its content: `a string of 7 characters`, `an array of 2 items`. */
export function describeShape(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (typeof value === "string") return `a string of ${value.length} characters`;
  if (Array.isArray(value)) return `an array of ${value.length} items`;
  if (typeof value === "object") return "an object";
  return `a ${typeof value}`;
}

/**
 * Describes a received value for an error message. Numbers, booleans and null are shown as they
 * are; strings are shown (quoted, cut at 40 characters) only when `mayEcho` is true, that is for
 * codes, dates and similar non-identifying text; anything else is described by its shape.
 */
export function describeReceived(value: unknown, mayEcho: boolean): string {
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value === "string" && mayEcho) {
    return JSON.stringify(value.slice(0, 40));
  }
  return describeShape(value);
}
