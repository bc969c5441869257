// Static checks that stop rrule.js 2.8.1 from looping forever (or for seconds) on rules that can
// never produce an occurrence: unreachable BYHOUR/BYMINUTE/BYSECOND/BYDAY for a given INTERVAL
// (jkbrzt/rrule#468, PR #622), non-integer or zero INTERVAL (#481, #568) and impossible dates
// such as 30 February, which rrule.js otherwise scans for until year 9999. Each check lives in
// ./rule/ and runs here in order; the first problem found is returned.
import type { RRuleOptions } from "./rrule.ts";
import { checkRealDates } from "./rule/checkRealDates.ts";
import { checkRuleValues } from "./rule/checkRuleValues.ts";
import { checkTimeOfWeekReachable } from "./rule/checkTimeOfWeekReachable.ts";
import { largestSet } from "./rule/largestSet.ts";
import {
  DAILY,
  gcd,
  HOURLY,
  list,
  MINUTELY,
  mod,
  MONTHLY,
  plainWeekdays,
  SECONDLY,
  unreachable,
  YEARLY,
  type RuleProblem,
} from "./rule/ruleParts.ts";

/** Month reachability for MONTHLY with an INTERVAL that is not coprime with 12. */
function checkMonthReachable(
  months: readonly number[],
  interval: number,
  start: Date,
): RuleProblem | undefined {
  const g = gcd(interval, 12);
  const m0 = start.getUTCMonth() + 1;
  if (months.some((m) => mod(m - m0, g) === 0)) return undefined;
  return unreachable(`BYMONTH=${months.join(",")} is never reached with INTERVAL=${interval}`);
}

/** Weekday reachability for DAILY. */
function checkWeekdayReachable(
  weekdays: readonly number[],
  interval: number,
  start: Date,
): RuleProblem | undefined {
  const g = gcd(interval, 7);
  const w0 = mod(start.getUTCDay() - 1, 7);
  if (weekdays.some((w) => mod(w - w0, g) === 0)) return undefined;
  return unreachable(`BYDAY is never reached with FREQ=DAILY;INTERVAL=${interval}`);
}

/**
 * BYSETPOS beyond the largest possible set in one period never matches: rrule.js would scan
 * period by period until year 9999 (21 s for FREQ=DAILY;BYSETPOS=2).
 */
function checkSetposBound(
  options: Partial<RRuleOptions>,
  freq: number,
  weekdays: readonly number[] | undefined,
): RuleProblem | undefined {
  const setpos = list(options.bysetpos);
  if (setpos.length === 0) return undefined;
  const bound = largestSet(options, freq, weekdays);
  if (!setpos.every((n) => Math.abs(n) > bound)) return undefined;
  return unreachable(
    `BYSETPOS=${setpos.join(",")} exceeds the ${bound} instance(s) a period can hold`,
  );
}

/** Returns a message when the rule is invalid, unreachable, or `undefined` when it is fine. */
export function checkRule(
  options: Partial<RRuleOptions>,
  dtstartFloating: number,
): RuleProblem | undefined {
  const invalid = checkRuleValues(options);
  if (invalid !== undefined) return invalid;
  const interval = options.interval ?? 1;
  const freq: number = options.freq ?? YEARLY;
  const start = new Date(dtstartFloating);
  const weekdays = plainWeekdays(options);
  const months = list(options.bymonth);
  if (freq === MONTHLY && months.length > 0) {
    const problem = checkMonthReachable(months, interval, start);
    if (problem !== undefined) return problem;
  }
  if (freq === DAILY && weekdays !== undefined && weekdays.length > 0) {
    const problem = checkWeekdayReachable(weekdays, interval, start);
    if (problem !== undefined) return problem;
  }
  if (freq === HOURLY || freq === MINUTELY || freq === SECONDLY) {
    const problem = checkTimeOfWeekReachable(options, { freq, start, weekdays });
    if (problem !== undefined) return problem;
  }
  return checkSetposBound(options, freq, weekdays) ?? checkRealDates(options, start);
}
