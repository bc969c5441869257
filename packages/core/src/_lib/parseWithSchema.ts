import type { z } from "zod";
import { CarerKitError } from "../errors/CarerKitError.ts";
import type { ParseResult } from "../result/ParseResult.ts";
import { err, ok } from "../result/result.ts";
import { toCarerKitIssues } from "./toCarerKitIssues.ts";

/**
 * The one engine behind every `safeParse*`: runs a zod schema and translates its issues. Any
 * exception from reading an exotic input (a throwing getter, a revoked proxy) becomes an issue
 * too, so a parser never crashes and never returns part of an object.
 */
export function safeParseWithSchema<TSchema extends z.ZodType>(
  schema: TSchema,
  input: unknown,
): ParseResult<z.output<TSchema>> {
  try {
    const parsed = schema.safeParse(input);
    if (parsed.success) return ok(parsed.data);
    return err(toCarerKitIssues(parsed.error.issues, input));
  } catch {
    return err([
      {
        code: "invalid_type",
        message: "(root): expected plain data, got an unreadable value",
        path: [],
      },
    ]);
  }
}

/**
 * The one engine behind every `parse*`: as {@link safeParseWithSchema}, but throws a
 * {@link CarerKitError} `invalid_input` naming the entity and listing every issue. The zod error
 * is not attached as `cause`: the issues carry all of it, and nothing zod-shaped reaches callers.
 */
export function parseWithSchema<TSchema extends z.ZodType>(
  schema: TSchema,
  input: unknown,
  entity: string,
): z.output<TSchema> {
  const result = safeParseWithSchema(schema, input);
  if (result.success) return result.data;
  const shown = result.error.slice(0, 3).map((issue) => issue.message);
  const more = result.error.length > 3 ? ` (and ${result.error.length - 3} more)` : "";
  throw new CarerKitError("invalid_input", `Invalid ${entity}: ${shown.join("; ")}${more}`, {
    issues: result.error,
  });
}
