import { type Window, windowsIn } from "../openings.ts";
import { mark, type Scorecard } from "./scorecard.ts";
import type { PreparedQuery, Subject } from "./types.ts";
import { halfWeight, WEIGHTS } from "./weights.ts";

/**
 * The availability criterion, judged when free times were given: the first opening window
 * that overlaps one of them, if any.
 */
export function judgeAvailability(
  card: Scorecard,
  subject: Subject,
  q: PreparedQuery,
): Window | undefined {
  if (q.wanted === undefined) return undefined;
  const p = subject.profile;
  if (p.schedules.length === 0) {
    mark(card, "availability", {
      state: "unknown",
      detail: "opening times unknown",
      score: halfWeight("availability"),
    });
    return undefined;
  }
  const { windows, timesUnknown } = windowsIn(p.schedules, q.frames, {
    zone: subject.timeZone,
    closedDates: q.closedDates,
  });
  const window = windows.find((w) => q.wanted?.some(([a, b]) => w.start < b && a < w.end) === true);
  if (window !== undefined)
    mark(card, "availability", {
      state: "meets",
      detail: "open when you are free",
      score: WEIGHTS.availability,
    });
  else if (timesUnknown || !p.schedulesAllUsable)
    mark(card, "availability", {
      state: "unknown",
      detail: "opening times unclear",
      score: halfWeight("availability"),
    });
  else
    mark(card, "availability", {
      state: "fails",
      detail: "not open when you are free",
      score: 0,
    });
  return window;
}
