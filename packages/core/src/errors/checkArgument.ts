import { readIsoDate } from "../_lib/isoDate.ts";
import { invalidArgument } from "./invalidArgument.ts";

/** The shapes {@link checkArgument} checks, each cheap and in constant time except `array`'s O(1) test. */
export type ArgumentKind =
  | "array"
  | "plain object"
  | "string"
  | "boolean"
  | "function"
  | "finite number"
  | "count"
  | "ISO date"
  | "ISO date-time"
  | "valid Date";

const ISO_DATE_TIME =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

function isPlainObject(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

const CHECKS: Readonly<Record<ArgumentKind, readonly [string, (value: unknown) => boolean]>> = {
  array: ["an array", (v) => Array.isArray(v)],
  "plain object": ["a plain object", isPlainObject],
  string: ["a string", (v) => typeof v === "string"],
  boolean: ["a boolean", (v) => typeof v === "boolean"],
  function: ["a function", (v) => typeof v === "function"],
  "finite number": ["a finite number", (v) => typeof v === "number" && Number.isFinite(v)],
  count: ["a count (an integer ≥ 0)", (v) => Number.isSafeInteger(v) && (v as number) >= 0],
  "ISO date": [
    "an ISO date (YYYY-MM-DD)",
    (v) => typeof v === "string" && readIsoDate(v) !== undefined,
  ],
  "ISO date-time": [
    "an ISO 8601 date-time with an offset",
    (v) => typeof v === "string" && ISO_DATE_TIME.test(v) && Number.isFinite(Date.parse(v)),
  ],
  "valid Date": ["a valid Date", (v) => v instanceof Date && Number.isFinite(v.getTime())],
};

/**
 * Checks, cheaply and once, that a public function received the shape it documents, and throws
 * a {@link CarerKitError} `invalid_argument` naming the function, the parameter and the expected
 * kind otherwise. Use it at the top of every function that is not a `parse`/`safeParse`, so a
 * caller from JavaScript or with untyped data gets a typed error rather than a `TypeError` from
 * deep inside.
 *
 * @param fn - The public function's name.
 * @param argument - One entry, written as shorthand (`{ asOf }`): the parameter's name (or a
 *   path such as `"options.asOf"`) and the value received.
 * @param kind - What it must be.
 * @throws CarerKitError `invalid_argument` when the value is not of that kind.
 * @example
 * const asOf: unknown = "2026-12-03";
 * checkArgument("calculateAge", { asOf }, "ISO date"); // passes
 * checkArgument("calculateAge", { asOf: undefined }, "ISO date");
 * // throws "calculateAge: asOf must be an ISO date (YYYY-MM-DD); received nothing"
 */
export function checkArgument(
  fn: string,
  argument: Readonly<Record<string, unknown>>,
  kind: ArgumentKind,
): void {
  // The guard guards its own call too, so a hostile call gets the same typed error.
  if (typeof fn !== "string") throw invalidArgument("checkArgument", { fn }, "a string");
  if (!isPlainObject(argument)) {
    throw invalidArgument("checkArgument", { argument }, "a plain object of one entry");
  }
  if (typeof kind !== "string" || !Object.hasOwn(CHECKS, kind)) {
    throw invalidArgument("checkArgument", { kind }, "an ArgumentKind");
  }
  const [expected, holds] = CHECKS[kind];
  if (!holds(Object.values(argument)[0])) throw invalidArgument(fn, argument, expected);
}
