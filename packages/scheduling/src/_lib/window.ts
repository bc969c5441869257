// Window queries over a recurrence: the occurrences between two instants, and the next or
// previous one around an instant. Each starts expanding near the window (iterateOccurrences'
// `fromFloating`) instead of at DTSTART when the rule allows it, and gives exactly what a full
// expansion filtered to the window gives (window.property.test.ts).
import { checkArgument, ok, type Result } from "@carerkit/core";
import type { SchedulingIssue } from "../errors.ts";
import type { ExpandedOccurrence, Recurrence } from "../recurrence/types.ts";
import { checkRecurrence, type CheckedRecurrence } from "./checkRecurrence.ts";
import { fail } from "./issue.ts";
import { checkOptions, checkRecurrenceShape, QUERY_OPTION_FIELDS } from "./guard/checkOptions.ts";
import { returnIssue } from "./guard/returnIssue.ts";
import { spanIssue } from "./guard/spanIssue.ts";
import { formatInstant, formatOffsetDateTime, parseLocalDateTime } from "./localTime.ts";
import { iterateOccurrences, type IterateSettings, type Occurrence } from "./occurrences.ts";
import {
  offsetAt,
  toFloating,
  type AmbiguousTimePolicy,
  type NonexistentTimePolicy,
} from "./zone.ts";

const DAY = 86_400_000;
/**
 * A wall-clock time and its instant differ by the zone's offset (under a day), so an occurrence
 * at or after instant t has a wall-clock time after t's wall-clock time less this margin.
 */
const SLACK = 2 * DAY;
/** The first backward window of {@link findPrevious}; each further one is twice as long. */
const FIRST_LOOK_BACK = 35 * DAY;

const INSTANT_RE = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?)(?:\.\d{1,3})?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Parses an instant with its offset (`2025-03-17T10:00:00Z`, `2025-03-17T11:00+01:00`) into epoch
 * ms, or fails naming `field`.
 */
export function parseInstant(value: string, field: string): Result<number, SchedulingIssue> {
  const match = INSTANT_RE.exec(value);
  const wallClock = match === null ? undefined : parseLocalDateTime(match[1] ?? "");
  const offset = match?.[2] ?? "Z";
  if (wallClock === undefined || /[+-](?:[2-9]\d|1[5-9]):|:[6-9]\d$/.test(offset))
    return fail(
      "invalid_input",
      `${field}: expected an instant with an offset such as 2025-03-17T10:00:00Z, got "${value}"`,
      [field],
    );
  const span = spanIssue(wallClock, [field]);
  if (span !== undefined) return span;
  const sign = offset.startsWith("-") ? -1 : 1;
  const minutes = offset === "Z" ? 0 : Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4));
  return ok(wallClock - sign * minutes * 60_000);
}

/** The public form of an occurrence: local time with offset, and UTC. */
export function toExpandedOccurrence(occurrence: Occurrence, zone: string): ExpandedOccurrence {
  return {
    local: formatOffsetDateTime(occurrence.epochMs, offsetAt(zone, occurrence.epochMs)),
    utc: formatInstant(occurrence.epochMs),
  };
}

/** Iteration settings of a window query; `includeStart` is always set (RFC 5545). */
export type WindowSettings = Omit<IterateSettings, "includeStart" | "fromFloating" | "exdates">;

/** A checked recurrence and the settings to query it with. */
export interface WindowQuery {
  readonly recurrence: CheckedRecurrence;
  readonly settings: WindowSettings;
}

/** Visits occurrences in order, starting near the instant `fromMs` when the rule allows it. */
function scanFrom(
  { recurrence: { prepared, exdates }, settings }: WindowQuery,
  fromMs: number,
  visit: (occurrence: Occurrence) => boolean,
): Result<unknown, SchedulingIssue> {
  const fromFloating = Number.isFinite(fromMs)
    ? toFloating(fromMs, prepared.zone) - SLACK
    : undefined;
  return iterateOccurrences(
    prepared,
    { ...settings, includeStart: true, exdates, fromFloating },
    visit,
  );
}

/** The occurrences with `fromMs ≤ instant < toMs`, in the order of a full expansion. */
export function listBetween(
  query: WindowQuery,
  fromMs: number,
  toMs: number,
): Result<readonly Occurrence[], SchedulingIssue> {
  const found: Occurrence[] = [];
  if (!(fromMs < toMs)) return ok(found);
  const lastFloating = toFloating(toMs, query.recurrence.prepared.zone) + SLACK;
  const run = scanFrom(query, fromMs, (occurrence) => {
    if (occurrence.floating > lastFloating) return false;
    if (occurrence.epochMs >= fromMs && occurrence.epochMs < toMs) found.push(occurrence);
    return true;
  });
  return run.success ? ok(found) : run;
}

/** The earliest occurrence strictly after the instant `afterMs`, if any. */
export function findNext(
  query: WindowQuery,
  afterMs: number,
): Result<Occurrence | undefined, SchedulingIssue> {
  let best: Occurrence | undefined;
  const run = scanFrom(query, afterMs, (occurrence) => {
    if (best !== undefined && occurrence.floating > best.floating + SLACK) return false;
    if (occurrence.epochMs > afterMs && (best === undefined || occurrence.epochMs < best.epochMs))
      best = occurrence;
    return true;
  });
  return run.success ? ok(best) : run;
}

const latest = (occurrences: readonly Occurrence[]): Occurrence | undefined =>
  occurrences.reduce<Occurrence | undefined>(
    (best, o) => (best === undefined || o.epochMs > best.epochMs ? o : best),
    undefined,
  );

/**
 * The latest occurrence strictly before the instant `beforeMs`, if any: windows of 35 days,
 * then twice as long each time, back from `beforeMs` until one holds an occurrence or reaches
 * DTSTART, so the cost grows with the distance to that occurrence, not with the history.
 */
export function findPrevious(
  query: WindowQuery,
  beforeMs: number,
): Result<Occurrence | undefined, SchedulingIssue> {
  const { startFloating, zone } = query.recurrence.prepared;
  for (let span = FIRST_LOOK_BACK; ; span *= 2) {
    const fromMs = beforeMs - span;
    const reachesStart = toFloating(fromMs, zone) - SLACK <= startFloating;
    const window = listBetween(query, reachesStart ? Number.NEGATIVE_INFINITY : fromMs, beforeMs);
    if (!window.success) return window;
    const found = latest(window.data);
    if (found !== undefined || reachesStart) return ok(found);
  }
}

/** The settings of a window query from its public options (the defaults of expandRecurrence). */
export function windowSettings(options: {
  readonly nonexistentTime?: NonexistentTimePolicy | undefined;
  readonly ambiguousTime?: AmbiguousTimePolicy | undefined;
  readonly maxIterations?: number | undefined;
}): WindowSettings {
  return {
    nonexistent: options.nonexistentTime ?? "skip",
    ambiguous: options.ambiguousTime ?? "earlier",
    maxIterations: options.maxIterations ?? 10_000,
  };
}

/**
 * The shared body of findNextOccurrence and findPreviousOccurrence: parse the instant, check the
 * recurrence, find one occurrence with `find` and format it.
 */
export function findOne(
  query: { readonly recurrence: Recurrence; readonly instant: string; readonly field: string },
  options: Parameters<typeof windowSettings>[0],
  find: (query: WindowQuery, instantMs: number) => Result<Occurrence | undefined, SchedulingIssue>,
): Result<ExpandedOccurrence | undefined, SchedulingIssue> {
  const fn = query.field === "after" ? "findNextOccurrence" : "findPreviousOccurrence";
  const bad = returnIssue(() => {
    checkRecurrenceShape(fn, query.recurrence);
    checkArgument(fn, { [query.field]: query.instant }, "string");
    checkOptions(fn, options, QUERY_OPTION_FIELDS);
  });
  if (bad !== undefined) return bad;
  const instantMs = parseInstant(query.instant, query.field);
  if (!instantMs.success) return instantMs;
  const checked = checkRecurrence(query.recurrence);
  if (!checked.success) return checked;
  const found = find(
    { recurrence: checked.data, settings: windowSettings(options) },
    instantMs.data,
  );
  if (!found.success) return found;
  const zone = query.recurrence.zone;
  return ok(found.data === undefined ? undefined : toExpandedOccurrence(found.data, zone));
}
