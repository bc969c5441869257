import type { RRuleOptions } from "../rrule.ts";
import { list, type RuleProblem } from "./ruleParts.ts";

interface Range {
  readonly part: string;
  readonly values: readonly number[];
  readonly ok: (n: number) => boolean;
  readonly expected: string;
}

const nonZero = (lo: number, hi: number) => (n: number) =>
  Number.isInteger(n) && n !== 0 && Math.abs(n) >= lo && Math.abs(n) <= hi;
const within = (lo: number, hi: number) => (n: number) => Number.isInteger(n) && n >= lo && n <= hi;

/** INTERVAL and COUNT are integers ≥ 1, and every BYxxx value is in its range. */
export function checkRuleValues(options: Partial<RRuleOptions>): RuleProblem | undefined {
  const interval = options.interval ?? 1;
  if (!Number.isInteger(interval) || interval < 1)
    return { code: "invalid_rule", message: `INTERVAL: expected an integer ≥ 1, got ${interval}` };
  if (options.count !== null && options.count !== undefined) {
    if (!Number.isInteger(options.count) || options.count < 1)
      return {
        code: "invalid_rule",
        message: `COUNT: expected an integer ≥ 1, got ${options.count}`,
      };
  }
  const ranges: Range[] = [
    { part: "BYHOUR", values: list(options.byhour), ok: within(0, 23), expected: "0–23" },
    { part: "BYMINUTE", values: list(options.byminute), ok: within(0, 59), expected: "0–59" },
    { part: "BYSECOND", values: list(options.bysecond), ok: within(0, 59), expected: "0–59" },
    { part: "BYMONTH", values: list(options.bymonth), ok: within(1, 12), expected: "1–12" },
    {
      part: "BYMONTHDAY",
      values: list(options.bymonthday),
      ok: nonZero(1, 31),
      expected: "±1–31",
    },
    {
      part: "BYYEARDAY",
      values: list(options.byyearday),
      ok: nonZero(1, 366),
      expected: "±1–366",
    },
    { part: "BYWEEKNO", values: list(options.byweekno), ok: nonZero(1, 53), expected: "±1–53" },
    { part: "BYSETPOS", values: list(options.bysetpos), ok: nonZero(1, 366), expected: "±1–366" },
  ];
  for (const range of ranges) {
    const bad = range.values.find((n) => !range.ok(n));
    if (bad !== undefined)
      return {
        code: "invalid_rule",
        message: `${range.part}: expected ${range.expected}, got ${bad}`,
      };
  }
  return undefined;
}
