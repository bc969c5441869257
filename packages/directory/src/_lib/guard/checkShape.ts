import { invalidArgument } from "@carerkit/core";
import type { z } from "zod";

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) value = (value as Record<PropertyKey, unknown> | undefined)?.[key];
  return value;
}

const article = (word: string): string => (/^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`);

/**
 * Checks a value against a schema and throws `invalid_argument` naming the first field that
 * does not fit (`offers[3].schedules[0].byday`), describing what it holds by its shape only.
 */
export function checkShape(
  fn: string,
  argument: Readonly<Record<string, unknown>>,
  schema: z.ZodType,
): void {
  const [name = "argument", value] = Object.entries(argument)[0] ?? [];
  const parsed = schema.safeParse(value);
  if (parsed.success) return;
  const issue = parsed.error.issues[0];
  const path = issue?.path ?? [];
  const where = path.reduce<string>(
    (at, key) => (typeof key === "number" ? `${at}[${key}]` : `${at}.${String(key)}`),
    name,
  );
  const expected =
    issue?.code === "invalid_type" ? article(issue.expected) : "a value of the documented type";
  throw invalidArgument(fn, { [where]: valueAt(value, path) }, expected);
}
