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

/** The VTIMEZONE lines for `zone`, covering instants from `from` to `to`. */
export function vtimezoneLines(zone: string, from: number, to: number): string[] {
  const start = from - 366 * DAY;
  const initial = offsetAt(zone, start);
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
  component("STANDARD", { at: start, before: initial, after: initial });
  for (const t of transitions(zone, start, to + DAY)) {
    component(t.after > t.before ? "DAYLIGHT" : "STANDARD", t);
  }
  lines.push("END:VTIMEZONE");
  return lines;
}
