import type { RRuleOptions } from "../rrule.ts";
import {
  gcd,
  HOURLY,
  list,
  MINUTELY,
  mod,
  SECONDLY,
  unreachable,
  type RuleProblem,
} from "./ruleParts.ts";

const WEEK_SECONDS = 604_800;

/**
 * For HOURLY, MINUTELY and SECONDLY rules: whether stepping INTERVAL units from the start ever
 * lands on the BYDAY/BYHOUR/BYMINUTE/BYSECOND asked for, over one week's worth of states.
 */
export function checkTimeOfWeekReachable(
  options: Partial<RRuleOptions>,
  from: {
    readonly freq: number;
    readonly start: Date;
    readonly weekdays: readonly number[] | undefined;
  },
): RuleProblem | undefined {
  const { freq, start, weekdays } = from;
  const interval = options.interval ?? 1;
  const unit = freq === HOURLY ? 3600 : freq === MINUTELY ? 60 : 1;
  const step = interval * unit;
  const hours = list(options.byhour);
  const minutes = freq === HOURLY ? [] : list(options.byminute);
  const seconds = freq === SECONDLY ? list(options.bysecond) : [];
  const startSecond =
    mod(start.getUTCDay() - 1, 7) * 86_400 +
    start.getUTCHours() * 3600 +
    start.getUTCMinutes() * 60 +
    start.getUTCSeconds();
  const states = WEEK_SECONDS / gcd(step, WEEK_SECONDS);
  let reachable = false;
  for (let i = 0; i < states && !reachable; i++) {
    const at = (startSecond + i * step) % WEEK_SECONDS;
    const weekday = Math.floor(at / 86_400);
    const hour = Math.floor((at % 86_400) / 3600);
    const minute = Math.floor((at % 3600) / 60);
    const second = at % 60;
    reachable =
      (weekdays === undefined || weekdays.length === 0 || weekdays.includes(weekday)) &&
      (hours.length === 0 || hours.includes(hour)) &&
      (minutes.length === 0 || minutes.includes(minute)) &&
      (seconds.length === 0 || seconds.includes(second));
  }
  if (reachable) return undefined;
  return unreachable(
    `BYDAY/BYHOUR/BYMINUTE/BYSECOND are never reached with INTERVAL=${interval} from the start time`,
  );
}
