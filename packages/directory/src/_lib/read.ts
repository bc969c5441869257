// Tolerant readers for untrusted feed JSON. They never throw: a value of the wrong type is
// reported through the sink and read as absent.
import type { DirectoryIssue } from "../offer/issue.ts";

export type Path = readonly (string | number)[];
export type Rec = Readonly<Record<string, unknown>>;

export interface IssueSink {
  readonly issues: DirectoryIssue[];
}

/** Where a reader looks: a record at a path, reporting to a sink. */
export interface Cursor {
  readonly sink: IssueSink;
  readonly rec: Rec;
  readonly path: Path;
}

export function at(sink: IssueSink, rec: Rec, path: Path): Cursor {
  return { sink, rec, path };
}

export function isRecord(value: unknown): value is Rec {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export interface Report {
  readonly severity: DirectoryIssue["severity"];
  readonly code: DirectoryIssue["code"];
  readonly path: Path;
  readonly message: string;
  readonly recordId?: string | undefined;
}

export function report(sink: IssueSink, r: Report): void {
  sink.issues.push({
    code: r.code,
    severity: r.severity,
    message: `${r.path.length > 0 ? r.path.join(".") : "(root)"}: ${r.message}`,
    path: [...r.path],
    ...(r.recordId === undefined ? {} : { recordId: r.recordId }),
  });
}

export function describe(value: unknown): string {
  if (typeof value === "string") {
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  }
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") {
    return String(value);
  }
  return typeof value;
}

function warn(c: Cursor, key: string, message: string): void {
  report(c.sink, { severity: "warning", code: "invalid_field", path: [...c.path, key], message });
}

/** A non-empty trimmed string; numbers are accepted (CSV and sloppy JSON ids). */
export function str(c: Cursor, key: string): string | undefined {
  const value = c.rec[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value !== "string") {
    warn(c, key, `expected a string, got ${describe(value)}; ignored`);
    return undefined;
  }
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
}

/** A finite number; numeric strings are accepted (CSV). */
export function num(c: Cursor, key: string): number | undefined {
  const value = c.rec[key];
  if (value === undefined || value === null || value === "") return undefined;
  const n = typeof value === "string" ? Number(value.trim()) : value;
  if (typeof n !== "number" || !Number.isFinite(n)) {
    warn(c, key, `expected a number, got ${describe(value)}; ignored`);
    return undefined;
  }
  return n;
}

/** An array of records; anything else in the array is reported and skipped. */
export function records(c: Cursor, key: string): readonly Rec[] {
  const value = c.rec[key];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    warn(c, key, `expected an array, got ${describe(value)}; ignored`);
    return [];
  }
  const out: Rec[] = [];
  value.forEach((item: unknown, i) => {
    if (isRecord(item)) out.push(item);
    else {
      report(c.sink, {
        severity: "error",
        code: "invalid_field",
        path: [...c.path, key, i],
        message: `expected an object, got ${describe(item)}; left out`,
      });
    }
  });
  return out;
}

export function record(c: Cursor, key: string): Rec | undefined {
  const value = c.rec[key];
  if (value === undefined || value === null) return undefined;
  if (!isRecord(value)) {
    warn(c, key, `expected an object, got ${describe(value)}; ignored`);
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
export function date(c: Cursor, key: string): string | undefined {
  const value = str(c, key);
  if (value === undefined) return undefined;
  const cut = /^\d{4}-\d{2}-\d{2}T/.test(value) ? value.slice(0, 10) : value;
  if (!isValidDate(cut)) {
    warn(c, key, `expected a date YYYY-MM-DD, got ${describe(value)}; ignored`);
    return undefined;
  }
  return cut;
}

export function dateTime(c: Cursor, key: string): string | undefined {
  const value = str(c, key);
  if (value === undefined) return undefined;
  if (
    !/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) ||
    Number.isNaN(Date.parse(value))
  ) {
    warn(c, key, `expected an ISO 8601 date-time, got ${describe(value)}; ignored`);
    return undefined;
  }
  return value;
}
