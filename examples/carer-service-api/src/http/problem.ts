import type { CarerKitIssue } from "@carerkit/core";

/** One field-level problem in an RFC 9457 `errors` array. */
export interface FieldError {
  /** The field as a dotted path, e.g. `carer.postcode` (empty for the whole body). */
  readonly field: string;
  /** The same field as a JSON Pointer into the request body, e.g. `#/carer/postcode`. */
  readonly pointer: string;
  /** A machine-readable code (from the SDK where it produced the issue). */
  readonly code: string;
  /** What is wrong, naming the field; never repeats the value sent. */
  readonly detail: string;
}

/** The kinds of problem this API reports; each is a `type` URI under `/problems/`. */
export type ProblemKind =
  | "malformed-json"
  | "unsupported-media-type"
  | "body-too-large"
  | "validation"
  | "unauthenticated"
  | "forbidden"
  | "not-found"
  | "conflict"
  | "precondition-failed"
  | "precondition-required"
  | "too-many-requests"
  | "internal";

const KINDS: Readonly<Record<ProblemKind, { readonly status: number; readonly title: string }>> = {
  "malformed-json": { status: 400, title: "The request body is not valid JSON" },
  "unsupported-media-type": { status: 415, title: "The request body must be application/json" },
  "body-too-large": { status: 413, title: "The request body is too large" },
  validation: { status: 422, title: "The request has invalid fields" },
  unauthenticated: { status: 401, title: "A valid bearer token is required" },
  forbidden: { status: 403, title: "Your role may not do this" },
  "not-found": { status: 404, title: "Not found" },
  conflict: { status: 409, title: "The request conflicts with what is recorded" },
  "precondition-failed": { status: 412, title: "The record has changed since you read it" },
  "precondition-required": { status: 428, title: "Send If-Match with the ETag you read" },
  "too-many-requests": { status: 429, title: "Too many requests" },
  internal: { status: 500, title: "Something went wrong on our side" },
};

/** An RFC 9457 problem, thrown by handlers and rendered as `application/problem+json`. */
export class Problem extends Error {
  readonly kind: ProblemKind;
  readonly status: number;
  readonly title: string;
  readonly detail: string;
  readonly errors: readonly FieldError[];
  /** Response headers the problem needs (`WWW-Authenticate`, `Retry-After`). */
  readonly headers: Readonly<Record<string, string>>;

  constructor(
    kind: ProblemKind,
    detail: string,
    errors: readonly FieldError[] = [],
    headers: Readonly<Record<string, string>> = {},
  ) {
    super(detail);
    this.name = "Problem";
    this.kind = kind;
    this.status = KINDS[kind].status;
    this.title = KINDS[kind].title;
    this.detail = detail;
    this.errors = errors;
    this.headers = headers;
  }

  /** The JSON body, with `instance` set to the request path. */
  toJSON(instance: string): Record<string, unknown> {
    return {
      type: `/problems/${this.kind}`,
      title: this.title,
      status: this.status,
      detail: this.detail,
      instance,
      ...(this.errors.length === 0 ? {} : { errors: this.errors }),
    };
  }
}

/** Every problem kind with its status, for the OpenAPI document and the README. */
export const PROBLEM_KINDS = KINDS;

const escapePointer = (part: string | number): string =>
  String(part).replace(/~/g, "~0").replace(/\//g, "~1");

/** A field error for a path inside the request body, prefixed by where that part sits. */
export function fieldError(
  path: readonly (string | number)[],
  code: string,
  detail: string,
): FieldError {
  return {
    field: path.join("."),
    pointer: `#${path.map((p) => `/${escapePointer(p)}`).join("")}`,
    code,
    detail,
  };
}

/** Turns SDK issues (which name their own field) into field errors under `prefix`. */
export function fromIssues(
  issues: readonly CarerKitIssue[],
  prefix: readonly (string | number)[] = [],
): FieldError[] {
  return issues.map((issue) => {
    const own = issue.path ?? [];
    const where = prefix.join(".");
    const message =
      where === ""
        ? issue.message
        : own.length === 0
          ? `${where}: ${issue.message}`
          : `${where}.${issue.message}`;
    return fieldError([...prefix, ...own], issue.code, message);
  });
}

/** A 422 for SDK issues found in one part of the body. */
export function invalid(
  issues: readonly CarerKitIssue[],
  prefix: readonly (string | number)[] = [],
): Problem {
  const errors = fromIssues(issues, prefix);
  const count = errors.length === 1 ? "1 field is" : `${errors.length} fields are`;
  return new Problem("validation", `${count} invalid; see errors.`, errors);
}
