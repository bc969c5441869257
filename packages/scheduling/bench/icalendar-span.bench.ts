// toICalendar's time-zone work follows the sessions, not the years between them: one programme
// in 2025 (the baseline) against the same programme with one session moved to 1900 and one to
// 2200. Before the 1900–2200 limit and the per-session VTIMEZONE windows, a session ending in
// 9999 took about 43 s, since every day between the first and the last session was scanned.
import { defineBench } from "../../../scripts/bench/defineBench.ts";
import { betterTogether } from "../src/__fixtures__/programmes.ts";
import { toICalendar } from "../src/icalendar/toICalendar.ts";

const sessions = betterTogether().sessions;
const moved = (year: number) => (s: (typeof sessions)[number]) => ({
  ...s,
  start: s.start.replace(/^\d{4}/, String(year)),
  end: s.end.replace(/^\d{4}/, String(year)),
});
const distant = [
  moved(1900)(sessions[0]!),
  ...sessions.slice(1, -1),
  moved(2200)(sessions.at(-1)!),
];
const stamp = { dtstamp: "2025-03-01T09:00:00Z", uidDomain: "example.org" };
let lines = 0;

const exportCalendar = (list: typeof sessions): number => {
  const result = toICalendar(list, stamp);
  if (!result.success) throw new Error(result.error.message);
  lines = result.data.split("\r\n").length;
  return lines;
};

export default defineBench({
  title: "toICalendar of 8 sessions: all in 2025, or spread from 1900 to 2200 (Europe/London)",
  baseline: { name: "8 sessions in 2025", fn: () => exportCalendar(sessions) },
  candidates: [{ name: "8 sessions, 1900 to 2200", fn: () => exportCalendar(distant) }],
  target: { atMost: 4 },
  iterations: 10,
  time: 2000,
  report: () => [`lines in the spread calendar: ${lines}`],
});
