// VTIMEZONE from the runtime's IANA data: one STANDARD/DAYLIGHT component per actual offset
// change in the range, so historical and irregular zones are exact (no guessed RRULEs).
import { formatLocalDateTime } from "./localTime.ts";
import { offsetAt } from "./zone.ts";

const DAY = 86_400_000;
const MINUTE = 60_000;

const compact = (localIso: string): string => localIso.replace(/[-:]/g, "");

export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}${String(abs % 60).padStart(2, "0")}`;
}

function shortName(zone: string, epochMs: number): string | undefined {
  try {
    const part = new Intl.DateTimeFormat("en-GB", { timeZone: zone, timeZoneName: "short" })
      .formatToParts(new Date(epochMs))
      .find((p) => p.type === "timeZoneName");
    return part?.value;
  } catch {
    return undefined;
  }
}

/** Offset changes in [from, to): instant of change, offset before and after. */
function transitions(zone: string, from: number, to: number) {
  const found: { at: number; before: number; after: number }[] = [];
  let previous = offsetAt(zone, from);
  for (let t = from + DAY; t <= to + DAY; t += DAY) {
    const current = offsetAt(zone, t);
    if (current === previous) continue;
    let lo = t - DAY;
    let hi = t;
    while (hi - lo > MINUTE) {
      const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
      if (offsetAt(zone, mid) === previous) lo = mid;
      else hi = mid;
    }
    found.push({ at: hi, before: previous, after: current });
    previous = current;
  }
  return found;
}

/** An interval of instants, in epoch ms. */
export interface InstantSpan {
  readonly from: number;
  readonly to: number;
}

/**
 * The intervals to scan for offset changes: a year before each span (so the components before
 * an event are real transitions) to a day after it, merged where they meet. The work is then
 * bounded by the spans' own days, not by the time between the first and the last.
 */
function scanWindows(spans: readonly InstantSpan[]): InstantSpan[] {
  const windows = spans
    .map((span) => ({ from: span.from - 366 * DAY, to: span.to + DAY }))
    .sort((a, b) => a.from - b.from);
  const merged: InstantSpan[] = [];
  for (const window of windows) {
    const last = merged.at(-1);
    if (last !== undefined && window.from <= last.to)
      merged[merged.length - 1] = { from: last.from, to: Math.max(last.to, window.to) };
    else merged.push(window);
  }
  return merged;
}

/**
 * The VTIMEZONE lines for `zone`, covering the instants of `spans` (each session's start to its
 * end). Between windows more than a year apart, a component at the next window's start carries
 * any offset change in the gap, where no event lies.
 */
export function vtimezoneLines(zone: string, spans: readonly InstantSpan[]): string[] {
  const lines = [`BEGIN:VTIMEZONE`, `TZID:${zone}`];
  const component = (
    kind: "STANDARD" | "DAYLIGHT",
    { at, before, after }: { at: number; before: number; after: number },
  ) => {
    const name = shortName(zone, at);
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${compact(formatLocalDateTime(at + before * MINUTE))}`,
      `TZOFFSETFROM:${formatOffset(before)}`,
      `TZOFFSETTO:${formatOffset(after)}`,
      ...(name === undefined ? [] : [`TZNAME:${name}`]),
      `END:${kind}`,
    );
  };
  let previous: number | undefined;
  for (const window of scanWindows(spans)) {
    const initial = offsetAt(zone, window.from);
    if (previous === undefined || previous !== initial)
      component(initial > (previous ?? initial) ? "DAYLIGHT" : "STANDARD", {
        at: window.from,
        before: previous ?? initial,
        after: initial,
      });
    previous = initial;
    for (const t of transitions(zone, window.from, window.to)) {
      component(t.after > t.before ? "DAYLIGHT" : "STANDARD", t);
      previous = t.after;
    }
  }
  lines.push("END:VTIMEZONE");
  return lines;
}
