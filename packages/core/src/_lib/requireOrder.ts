import type { z } from "zod";
import type { CoreIssueCode } from "../errors/CoreIssueCode.ts";
import { compareInstants } from "./compareInstants.ts";

/** Two fields of one record where the second, when both are present, may not come first. */
export interface OrderRule {
  readonly first: string;
  readonly then: string;
  readonly code: CoreIssueCode;
}

function read(value: object, key: string): string | undefined {
  const field: unknown = (value as Record<string, unknown>)[key];
  return typeof field === "string" ? field : undefined;
}

/**
 * Adds an issue on `rule.then` when it is earlier than `rule.first`. Dates (`YYYY-MM-DD`) compare
 * as text, which orders them; date-times compare as instants, whatever their offsets.
 */
export function requireOrder(value: object, ctx: z.RefinementCtx, rule: OrderRule): void {
  const first = read(value, rule.first);
  const then = read(value, rule.then);
  if (first === undefined || then === undefined) return;
  const isInstant = first.includes("T");
  if (isInstant ? compareInstants(then, first) >= 0 : then >= first) return;
  ctx.addIssue({
    code: "custom",
    path: [rule.then],
    message: `expected ${isInstant ? "an instant" : "a date"} on or after ${rule.first}, got an earlier one`,
    params: { carerkit: rule.code },
  });
}

/** Adds an issue on `field` for a broken rule that ties fields together. */
export function addRuleIssue(
  ctx: z.RefinementCtx,
  field: string,
  issue: { readonly code: CoreIssueCode; readonly message: string },
): void {
  ctx.addIssue({
    code: "custom",
    path: [field],
    message: issue.message,
    params: { carerkit: issue.code },
  });
}
