// Shared pieces of the rule checks: rrule.js's frequency numbers and small helpers.
import type { RRuleOptions } from "../rrule.ts";

export const YEARLY = 0;
export const MONTHLY = 1;
export const WEEKLY = 2;
export const DAILY = 3;
export const HOURLY = 4;
export const MINUTELY = 5;
export const SECONDLY = 6;

/** What a check reports: a rule that is invalid, or one that can never produce an occurrence. */
export interface RuleProblem {
  readonly code: "invalid_rule" | "unreachable_rule";
  readonly message: string;
}

export const gcd = (a: number, b: number): number => (b === 0 ? Math.abs(a) : gcd(b, a % b));
export const mod = (a: number, n: number): number => ((a % n) + n) % n;

/** A BYxxx part as a list; absent is empty. */
export const list = (value: number | readonly number[] | null | undefined): readonly number[] =>
  value === null || value === undefined ? [] : typeof value === "number" ? [value] : value;

/** Plain weekdays (0 = Monday) of BYDAY, ignoring nth forms such as 1FR. */
export function plainWeekdays(options: Partial<RRuleOptions>): readonly number[] | undefined {
  const raw = options.byweekday;
  if (raw === null || raw === undefined) return undefined;
  const items = Array.isArray(raw) ? raw : [raw];
  const days: number[] = [];
  for (const item of items) {
    if (typeof item === "number") days.push(item);
    else if (typeof item === "string") return undefined;
    else if (item.n === undefined || item.n === 0) days.push(item.weekday);
    else return undefined;
  }
  return days;
}

/** An unreachable-rule problem, worded as "rrule: …, so it would never end". */
export function unreachable(message: string): { code: "unreachable_rule"; message: string } {
  return { code: "unreachable_rule", message: `rrule: ${message}, so it would never end` };
}
