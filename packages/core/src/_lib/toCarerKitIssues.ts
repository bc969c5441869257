import type { z } from "zod";
import type { CoreIssueCode } from "../errors/CoreIssueCode.ts";
import type { CarerKitIssue } from "../result/result.ts";
import { describeShape } from "./describeReceived.ts";
import { formatPath } from "./formatPath.ts";
import { valueAt } from "./valueAt.ts";

type ZodIssue = z.core.$ZodIssue;

const FORMATS: Readonly<Record<string, string>> = {
  date: "a real date as YYYY-MM-DD",
  datetime: "an ISO 8601 date-time with Z or an offset",
  email: "an email address",
};

/** The allowed values, quoted, when they are few enough to read; otherwise how many there are. */
function quoteList(values: readonly unknown[]): string {
  const quoted = values.map((v) => JSON.stringify(v)).join(", ");
  return values.length <= 12 && quoted.length <= 240
    ? `${values.length === 1 ? "" : "one of "}${quoted}`
    : `one of the ${values.length} allowed values`;
}

function plural(count: number | bigint, one: string): string {
  return `${count} ${one}${count === 1 ? "" : "s"}`;
}

function bound(issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall): string {
  const limit = issue.code === "too_big" ? issue.maximum : issue.minimum;
  const word =
    issue.code === "too_big"
      ? issue.inclusive === false
        ? "less than"
        : "at most"
      : issue.inclusive === false
        ? "more than"
        : "at least";
  if (issue.origin === "string") return `${word} ${plural(limit, "character")}`;
  if (issue.origin === "array" || issue.origin === "set") return `${word} ${plural(limit, "item")}`;
  return `${word} ${String(limit)}`;
}

/** What the field should have been, in words, for a built-in zod issue. */
function expectation(issue: ZodIssue): string {
  if (issue.message.startsWith("expected")) return issue.message;
  switch (issue.code) {
    case "invalid_type":
      return issue.expected === "int"
        ? "expected a whole number"
        : `expected ${/^[aeiou]/.test(issue.expected) ? "an" : "a"} ${issue.expected}`;
    case "too_big":
    case "too_small":
      return `expected ${bound(issue)}`;
    case "invalid_format":
      return `expected ${FORMATS[issue.format] ?? `text in ${issue.format} format`}`;
    case "invalid_value":
      return `expected ${quoteList(issue.values)}`;
    case "invalid_union": {
      const options: unknown = "options" in issue ? issue.options : undefined;
      return Array.isArray(options)
        ? `expected ${quoteList(options)}`
        : "expected one of the allowed shapes";
    }
    case "not_multiple_of":
    case "unrecognized_keys":
    case "invalid_key":
    case "invalid_element":
    case "custom":
      return "expected a valid value";
  }
}

function toIssue(issue: ZodIssue, input: unknown): CarerKitIssue<CoreIssueCode> {
  const basePath = issue.path.map((key) => (typeof key === "symbol" ? String(key) : key));
  const discriminator = issue.code === "invalid_union" ? issue.discriminator : undefined;
  // Older zod 4 releases leave the discriminator off the path; newer ones put it on.
  const path =
    discriminator === undefined || basePath.at(-1) === discriminator
      ? basePath
      : [...basePath, discriminator];
  const where = formatPath(path);
  if (issue.code === "custom") {
    const params: unknown = issue.params;
    const code =
      typeof params === "object" && params !== null && "carerkit" in params
        ? (params as { carerkit: CoreIssueCode }).carerkit
        : "invalid_value";
    return { code, message: `${where}: ${issue.message}`, path };
  }
  if (issue.code === "unrecognized_keys") {
    const keys = issue.keys.map((key) => JSON.stringify(key.slice(0, 40)));
    return {
      code: issue.code,
      message: `${where}: expected only known fields, got unknown ${keys.length === 1 ? "key" : "keys"} ${keys.join(", ")}`,
      path,
    };
  }
  // The value is described by its shape only: a code, a date or a score can be a carer's data.
  const received = describeShape(valueAt(input, path));
  return { code: issue.code, message: `${where}: ${expectation(issue)}, got ${received}`, path };
}

/**
 * Translates zod issues into CarerKit issues whose messages name the field and what was
 * expected, and describe what was received by its shape only ("a string of 7 characters"),
 * never its value. Callers never see zod's types.
 */
export function toCarerKitIssues(
  issues: readonly ZodIssue[],
  input: unknown,
): CarerKitIssue<CoreIssueCode>[] {
  return issues.map((issue) => toIssue(issue, input));
}
