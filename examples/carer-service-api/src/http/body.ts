import type { Context } from "hono";
import type { z } from "zod";
import { fieldError, Problem, type FieldError } from "./problem.ts";

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/**
 * Reads the request body as JSON: `application/json` (or `+json`) only, parsed without ever
 * echoing the body in an error. The size limit is applied before this by `bodyLimit`.
 */
export async function readJson(c: Context): Promise<unknown> {
  const type = c.req.header("content-type") ?? "";
  if (!JSON_TYPE.test(type)) {
    throw new Problem(
      "unsupported-media-type",
      type === ""
        ? "Send the body as JSON with Content-Type: application/json."
        : "Content-Type must be application/json for this request.",
    );
  }
  const text = await c.req.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // JSON.parse messages quote the body; they are not repeated.
    throw new Problem("malformed-json", "The body could not be parsed as JSON.", [
      fieldError([], "invalid_json", "body: expected a JSON document"),
    ]);
  }
}

/** Turns zod issues into field errors; zod 4 messages describe types, never the value sent. */
export function fromZodIssues(
  issues: readonly z.core.$ZodIssue[],
  prefix: readonly (string | number)[] = [],
): FieldError[] {
  return issues.map((issue) => {
    const path = [...prefix, ...issue.path.map((p) => (typeof p === "symbol" ? String(p) : p))];
    const field = path.join(".");
    return fieldError(path, issue.code, `${field === "" ? "body" : field}: ${issue.message}`);
  });
}

/** Validates with a zod schema, throwing a 422 problem naming each field. */
export function parseWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
  prefix: readonly (string | number)[] = [],
): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const errors = fromZodIssues(result.error.issues, prefix);
  const count = errors.length === 1 ? "1 field is" : `${errors.length} fields are`;
  throw new Problem("validation", `${count} invalid; see errors.`, errors);
}
