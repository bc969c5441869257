import { RRule, type RRuleOptions } from "../rrule.ts";
import { list, unreachable, type RuleProblem } from "./ruleParts.ts";

/**
 * Impossible calendar dates (30 February, day 366 with week 1…): probe yearly, which scans each
 * year once, instead of letting rrule.js scan day by day until year 9999.
 */
export function checkRealDates(
  options: Partial<RRuleOptions>,
  start: Date,
): RuleProblem | undefined {
  const needsProbe =
    list(options.bymonthday).length > 0 ||
    list(options.byyearday).length > 0 ||
    list(options.byweekno).length > 0;
  if (!needsProbe) return undefined;
  const probe = { found: false };
  new RRule(
    {
      freq: RRule.YEARLY,
      dtstart: new Date(Date.UTC(start.getUTCFullYear(), 0, 1)),
      bymonth: options.bymonth ?? null,
      bymonthday: options.bymonthday ?? null,
      byyearday: options.byyearday ?? null,
      byweekno: options.byweekno ?? null,
    },
    true,
  ).all(() => {
    probe.found = true;
    return false;
  });
  if (!probe.found) return unreachable("BYMONTH/BYMONTHDAY/BYYEARDAY/BYWEEKNO name no real date");
  return undefined;
}
