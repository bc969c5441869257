// Re-anchoring a rule for window queries: rrule.js expands from DTSTART, so a window years later
// would cost every period in between (jkbrzt/rrule#392). For DAILY, WEEKLY, MONTHLY and YEARLY
// rules the SDK moves DTSTART forward to the start of the last whole period (day, WKST week,
// month or year) on the rule's INTERVAL grid at or before the window. rrule.js has already
// filled the parts DTSTART implies (BYDAY, BYMONTHDAY, BYMONTH, BYHOUR, BYMINUTE, BYSECOND)
// into its parsed options, and BYSETPOS works within one period, so expanding from that
// period's start gives exactly the original occurrences from there on. Sub-daily rules are not
// re-anchored. Only for rules without COUNT, whose occurrences do not depend on those before.
import { DAILY, mod, MONTHLY, WEEKLY, YEARLY } from "./rule/ruleParts.ts";
import { weekdayOf } from "./weekly.ts";

const DAY = 86_400_000;

/** Floating ms of 00:00 on the 1st of a month (any year, unlike `Date.UTC` for years < 100). */
const midnightOf = (year: number, month: number): number =>
  new Date(0).setUTCFullYear(year, month, 1);

/** The parts of rrule.js's parsed options that re-anchoring reads and writes. */
export interface AnchorableOptions {
  freq: number;
  interval: number;
  wkst: number | null;
  dtstart: Date | null;
}

/**
 * The floating ms of the start of the last period on the INTERVAL grid that begins at or before
 * `fromFloating`, or `undefined` when that is not after DTSTART or the frequency is sub-daily.
 */
export function anchorBefore(
  options: Readonly<AnchorableOptions>,
  startFloating: number,
  fromFloating: number,
): number | undefined {
  if (!(fromFloating > startFloating)) return undefined;
  const { interval } = options;
  const start = new Date(startFloating);
  const from = new Date(fromFloating);
  const startDay = Math.floor(startFloating / DAY);
  const fromDay = Math.floor(fromFloating / DAY);
  let anchor: number | undefined;
  if (options.freq === YEARLY) {
    const years = from.getUTCFullYear() - start.getUTCFullYear();
    anchor = midnightOf(start.getUTCFullYear() + Math.floor(years / interval) * interval, 0);
  } else if (options.freq === MONTHLY) {
    const startMonth = start.getUTCFullYear() * 12 + start.getUTCMonth();
    const months = from.getUTCFullYear() * 12 + from.getUTCMonth() - startMonth;
    const month = startMonth + Math.floor(months / interval) * interval;
    anchor = midnightOf(Math.floor(month / 12), mod(month, 12));
  } else if (options.freq === WEEKLY) {
    const firstWeek = startDay - mod(weekdayOf(startDay) - (options.wkst ?? 0), 7);
    const period = 7 * interval;
    anchor = (firstWeek + Math.floor((fromDay - firstWeek) / period) * period) * DAY;
  } else if (options.freq === DAILY) {
    anchor = (startDay + Math.floor((fromDay - startDay) / interval) * interval) * DAY;
  }
  return anchor !== undefined && anchor > startFloating ? anchor : undefined;
}
