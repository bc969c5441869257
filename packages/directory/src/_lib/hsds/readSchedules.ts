import type { OfferSchedule } from "../../offer/schedule.ts";
import {
  at,
  type Cursor,
  date,
  describe,
  type IssueSink,
  num,
  type Path,
  type Rec,
  report,
  str,
} from "../read.ts";

const FREQS = ["WEEKLY", "MONTHLY"] as const;

/** WEEKLY or MONTHLY; any other freq is reported and the schedule kept for its text only. */
function readFreq(c: Cursor, id: string): OfferSchedule["freq"] {
  const rawFreq = str(c, "freq")?.toUpperCase();
  if (rawFreq === undefined) return undefined;
  const freq = FREQS.find((f) => f === rawFreq);
  if (freq === undefined) {
    report(c.sink, {
      severity: "warning",
      code: "unsupported_schedule",
      path: [...c.path, "freq"],
      message: `expected WEEKLY or MONTHLY, got ${describe(rawFreq)}; schedule kept for its text only`,
      recordId: id,
    });
  }
  return freq;
}

/** A time of day `HH:MM[:SS][Z|±HH:MM]`; anything else is reported and ignored. */
function readTimeOfDay(c: Cursor, id: string, key: string): string | undefined {
  const t = str(c, key);
  if (t === undefined) return undefined;
  if (!/^([01]?\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)?$/i.test(t)) {
    report(c.sink, {
      severity: "warning",
      code: "invalid_field",
      path: [...c.path, key],
      message: `expected a time HH:MM[:SS][Z|±HH:MM], got ${describe(t)}; ignored`,
      recordId: id,
    });
    return undefined;
  }
  return t;
}

/** The number if it is an integer ≥ 1, otherwise undefined. */
function positiveInteger(n: number | undefined): number | undefined {
  return n !== undefined && Number.isInteger(n) && n >= 1 ? n : undefined;
}

/** A comma list such as `1, 15`, without its spaces. */
function compactList(value: string | undefined): string | undefined {
  return value?.replace(/\s+/g, "");
}

function readSchedule(c: Cursor, id: string): OfferSchedule {
  const freq = readFreq(c, id);
  const interval = num(c, "interval");
  const count = num(c, "count");
  const timezone = num(c, "timezone");
  const fields: [keyof OfferSchedule, string | number | undefined][] = [
    ["freq", freq],
    ["interval", positiveInteger(interval)],
    ["byday", compactList(str(c, "byday")?.toUpperCase())],
    ["bymonthday", compactList(str(c, "bymonthday"))],
    ["byweekno", compactList(str(c, "byweekno"))],
    ["byyearday", compactList(str(c, "byyearday"))],
    ["wkst", str(c, "wkst")],
    ["dtstart", date(c, "dtstart")],
    ["until", date(c, "until")],
    ["count", positiveInteger(count)],
    ["validFrom", date(c, "valid_from")],
    ["validTo", date(c, "valid_to")],
    ["opensAt", readTimeOfDay(c, id, "opens_at")],
    ["closesAt", readTimeOfDay(c, id, "closes_at")],
    ["timezone", timezone !== undefined && Math.abs(timezone) <= 14 ? timezone : undefined],
    ["description", str(c, "description")],
    ["scheduleLink", str(c, "schedule_link")],
    ["attendingType", str(c, "attending_type")],
    ["notes", str(c, "notes")],
  ];
  const schedule: Record<string, unknown> = { id };
  for (const [k, v] of fields) if (v !== undefined) schedule[k] = v;
  return schedule as unknown as OfferSchedule;
}

/** HSDS schedule records, with recurrence fields checked and normalised. */
export function readSchedules(sink: IssueSink, list: readonly Rec[], path: Path): OfferSchedule[] {
  return list.map((s, i) => {
    const here = [...path, i];
    const id = str(at(sink, s, here), "id") ?? `schedule-${i}`;
    return readSchedule(at(sink, s, here), id);
  });
}
