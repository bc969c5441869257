import type { ParseResult } from "@carerkit/core";
import { fieldError, fromIssues, Problem, type FieldError } from "./problem.ts";

type Parsers = Readonly<Record<string, (input: unknown) => ParseResult<unknown>>>;
type Parsed<P extends Parsers> = {
  [K in keyof P]: P[K] extends (input: unknown) => ParseResult<infer T> ? T : never;
};

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Validates a body made of several SDK entities (`{ carer, caredFor, relationship }`) with each
 * entity's own `safeParse*`, and reports every problem in every part at once, each under its
 * part's name. Unknown top-level keys are rejected, as core rejects them inside entities.
 */
export function parseParts<P extends Parsers>(body: unknown, parsers: P): Parsed<P> {
  if (!isPlainObject(body)) {
    throw new Problem("validation", "The body must be a JSON object.", [
      fieldError([], "invalid_type", "body: expected an object"),
    ]);
  }
  const errors: FieldError[] = [];
  const data: Record<string, unknown> = {};
  for (const key of Object.keys(body)) {
    if (!Object.hasOwn(parsers, key))
      errors.push(fieldError([key], "unrecognized_keys", `${key}: unknown field`));
  }
  for (const [key, parse] of Object.entries(parsers)) {
    const result = parse(body[key]);
    if (result.success) data[key] = result.data;
    else errors.push(...fromIssues(result.error, [key]));
  }
  if (errors.length > 0) {
    const count = errors.length === 1 ? "1 field is" : `${errors.length} fields are`;
    throw new Problem("validation", `${count} invalid; see errors.`, errors);
  }
  return data as Parsed<P>;
}

/** A 422 for one field of the body, e.g. a reference to a record that does not exist. */
export function invalidField(
  path: readonly (string | number)[],
  code: string,
  message: string,
): Problem {
  return new Problem("validation", "1 field is invalid; see errors.", [
    fieldError(path, code, `${path.join(".")}: ${message}`),
  ]);
}
