// Tolerant readers for untrusted feed JSON. They never throw: a value of the wrong type is
// reported through the context and read as absent.
import type { DirectoryIssue, DirectoryIssueCode } from "../offer/types.ts";

export type Path = readonly (string | number)[];
export type Rec = Readonly<Record<string, unknown>>;

export interface IssueSink {
  readonly issues: DirectoryIssue[];
}

export function isRecord(value: unknown): value is Rec {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function report(
  sink: IssueSink,
  severity: DirectoryIssue["severity"],
  code: DirectoryIssueCode,
  path: Path,
  message: string,
  recordId?: string,
): void {
  sink.issues.push({
    code,
    severity,
    message: `${path.length > 0 ? path.join(".") : "(root)"}: ${message}`,
    path: [...path],
    ...(recordId === undefined ? {} : { recordId }),
  });
}

export function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  return String(value as number | boolean | bigint | symbol | undefined);
}

/** A non-empty trimmed string; numbers are accepted (CSV and sloppy JSON ids). */
export function str(sink: IssueSink, rec: Rec, key: string, path: Path): string | undefined {
  const value = rec[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value !== "string") {
    report(sink, "warning", "invalid_field", [...path, key], `expected a string, got ${describe(value)}; ignored`);
    return undefined;
  }
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
}

/** A finite number; numeric strings are accepted (CSV). */
export function num(sink: IssueSink, rec: Rec, key: string, path: Path): number | undefined {
  const value = rec[key];
  if (value === undefined || value === null || value === "") return undefined;
  const n = typeof value === "string" ? Number(value.trim()) : value;
  if (typeof n !== "number" || !Number.isFinite(n)) {
    report(sink, "warning", "invalid_field", [...path, key], `expected a number, got ${describe(value)}; ignored`);
    return undefined;
  }
  return n;
}

/** An array of records; anything else in the array is reported and skipped. */
export function records(sink: IssueSink, rec: Rec, key: string, path: Path): readonly Rec[] {
  const value = rec[key];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    report(sink, "warning", "invalid_field", [...path, key], `expected an array, got ${describe(value)}; ignored`);
    return [];
  }
  const out: Rec[] = [];
  value.forEach((item: unknown, i) => {
    if (isRecord(item)) out.push(item);
    else report(sink, "error", "invalid_field", [...path, key, i], `expected an object, got ${describe(item)}; left out`);
  });
  return out;
}

export function record(sink: IssueSink, rec: Rec, key: string, path: Path): Rec | undefined {
  const value = rec[key];
  if (value === undefined || value === null) return undefined;
  if (!isRecord(value)) {
    report(sink, "warning", "invalid_field", [...path, key], `expected an object, got ${describe(value)}; ignored`);
    return undefined;
  }
  return value;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidDate(value: string): boolean {
  const m = DATE.exec(value);
  if (m === null) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** A `YYYY-MM-DD` date; a date-time is cut to its date part. */
export function date(sink: IssueSink, rec: Rec, key: string, path: Path): string | undefined {
  const value = str(sink, rec, key, path);
  if (value === undefined) return undefined;
  const cut = /^\d{4}-\d{2}-\d{2}T/.test(value) ? value.slice(0, 10) : value;
  if (!isValidDate(cut)) {
    report(sink, "warning", "invalid_field", [...path, key], `expected a date YYYY-MM-DD, got ${describe(value)}; ignored`);
    return undefined;
  }
  return cut;
}

export function dateTime(sink: IssueSink, rec: Rec, key: string, path: Path): string | undefined {
  const value = str(sink, rec, key, path);
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) || Number.isNaN(Date.parse(value))) {
    report(sink, "warning", "invalid_field", [...path, key], `expected an ISO 8601 date-time, got ${describe(value)}; ignored`);
    return undefined;
  }
  return value;
}
