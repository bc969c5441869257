import type { z } from "zod";
import { checkDatesNotAfter } from "../dates/checkDatesNotAfter.ts";
import { CarerKitError } from "../errors/CarerKitError.ts";
import { checkArgument } from "../errors/checkArgument.ts";
import type { ParseResult } from "../result/ParseResult.ts";
import { err, ok } from "../result/result.ts";
import { toCarerKitIssues } from "./toCarerKitIssues.ts";

/** The date fields a parser checks against the caller's reference date, and who is asking. */
export interface PastDates {
  /** The public function, named in an `invalid_argument` error for a malformed `asOf`. */
  readonly fn: string;
  readonly asOf: string | undefined;
  readonly fields: readonly string[];
}

/** What {@link parseWithSchema} names in its error, with the dates to check when there are any. */
export interface DatedEntity extends PastDates {
  readonly entity: string;
}

/**
 * The one engine behind every `safeParse*`: runs a zod schema and translates its issues, then,
 * when the record parsed and `dates.asOf` is given, refuses its past-only dates that are later.
 * Any exception from reading an exotic input (a throwing getter, a revoked proxy) becomes an
 * issue too, so a parser never crashes and never returns part of an object.
 */
export function safeParseWithSchema<TSchema extends z.ZodType>(
  schema: TSchema,
  input: unknown,
  dates?: PastDates,
): ParseResult<z.output<TSchema>> {
  const asOf = dates?.asOf;
  if (dates !== undefined && asOf !== undefined) checkArgument(dates.fn, { asOf }, "ISO date");
  try {
    const parsed = schema.safeParse(input);
    if (!parsed.success) return err(toCarerKitIssues(parsed.error.issues, input));
    const late =
      dates === undefined || asOf === undefined
        ? []
        : checkDatesNotAfter(parsed.data as object, dates.fields, asOf);
    return late.length === 0 ? ok(parsed.data) : err(late);
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
  entity: string | DatedEntity,
): z.output<TSchema> {
  const [name, dates] = typeof entity === "string" ? [entity, undefined] : [entity.entity, entity];
  const result = safeParseWithSchema(schema, input, dates);
  if (result.success) return result.data;
  const shown = result.error.slice(0, 3).map((issue) => issue.message);
  const more = result.error.length > 3 ? ` (and ${result.error.length - 3} more)` : "";
  throw new CarerKitError("invalid_input", `Invalid ${name}: ${shown.join("; ")}${more}`, {
    issues: result.error,
  });
}
