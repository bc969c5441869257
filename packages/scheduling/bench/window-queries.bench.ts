// One month of a weekly and a monthly rule that started in 2000, asked for in 2025: raw rrule.js
// `between()` in floating mode (the baseline), which expands from DTSTART, against
// listOccurrencesBetween in Europe/London, which starts at the period before the window. The SDK
// also converts every occurrence to an instant and formats it; the target shows that its cost
// follows the window, not the 25 years of history.
import { defineBench } from "../../../scripts/bench/defineBench.ts";
import { RRule } from "../src/_lib/rrule.ts";
import { listOccurrencesBetween } from "../src/recurrence/listOccurrencesBetween.ts";

const RULES = ["FREQ=WEEKLY;BYDAY=MO,TH", "FREQ=MONTHLY;BYDAY=1TU,3TU"];
const QUERIES = 20;
const start = "2000-01-03T10:00";
const windows = Array.from({ length: QUERIES }, (_, i) => {
  const from = Date.UTC(2025, 0, 1) + i * 3 * 86_400_000;
  return { from, to: from + 31 * 86_400_000 };
});
const iso = (ms: number): string => new Date(ms).toISOString().replace(/\.000Z$/, "Z");

let found = 0;

export default defineBench({
  title: `${QUERIES} one-month windows in 2025 of rules starting in 2000 (Europe/London)`,
  baseline: {
    name: "rrule between() floating, from DTSTART",
    fn: () => {
      let n = 0;
      for (const rule of RULES)
        for (const { from, to } of windows) {
          const options = RRule.parseString(rule);
          const dtstart = new Date(`${start}:00Z`);
          n += new RRule({ ...options, dtstart }, true).between(
            new Date(from),
            new Date(to),
            true,
          ).length;
        }
      return n;
    },
  },
  candidates: [
    {
      name: "listOccurrencesBetween (zone, instants)",
      fn: () => {
        found = 0;
        for (const rule of RULES)
          for (const { from, to } of windows) {
            const result = listOccurrencesBetween(
              { start, zone: "Europe/London", rule },
              { from: iso(from), to: iso(to) },
            );
            if (!result.success) throw new Error(result.error.message);
            found += result.data.length;
          }
        return found;
      },
    },
  ],
  target: { atLeastFaster: 20 },
  iterations: 10,
  time: 2000,
  report: () => [`occurrences found per run: ${found}`],
});
