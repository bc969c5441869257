// Time-zone conversion owned by the SDK. rrule runs in floating mode (wall-clock values in the
// UTC fields of a Date); these helpers turn wall-clock times in a named IANA zone into instants
// and back, with an explicit policy for non-existent (gap) and repeated (overlap) local times.
// Nothing here reads the host time zone.
// The subpath, not the package index: @date-fns/tz does not declare itself free of side
// effects, so importing its index would bundle TZDate and TZDateMini too.
import { tzOffset } from "@date-fns/tz/tzOffset";

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

/**
 * What to do with a local time that does not exist because the clocks go forward (01:30 on the
 * last Sunday of March in London): `"skip"` it (RFC 5545 §3.3.10: the instance is ignored and
 * not counted) or `"shift"` it forward by the length of the gap (§3.3.5: the offset before the
 * gap applies, so 01:30 becomes 02:30 BST).
 *
 * @example
 * const policy: NonexistentTimePolicy = "skip";
 */
export type NonexistentTimePolicy = "skip" | "shift";

/**
 * Which instant to take for a local time that happens twice because the clocks go back (01:30
 * on the last Sunday of October in London): `"earlier"` (RFC 5545 §3.3.5, the first
 * occurrence, 01:30 BST) or `"later"` (01:30 GMT).
 *
 * @example
 * const policy: AmbiguousTimePolicy = "earlier";
 */
export type AmbiguousTimePolicy = "earlier" | "later";

const validZones = new Map<string, boolean>();

/** True when `zone` is an IANA zone the runtime knows. */
export function isValidZone(zone: string): boolean {
  const known = validZones.get(zone);
  if (known !== undefined) return known;
  let valid: boolean;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    valid = zone.length > 0 && !Number.isNaN(tzOffset(zone, new Date(0)));
  } catch {
    valid = false;
  }
  validZones.set(zone, valid);
  return valid;
}

interface ZoneCache {
  /** Offset per UTC day when constant all day, else NaN. */
  readonly days: Map<number, number>;
  /** Offset per UTC hour when constant all hour. */
  readonly hours: Map<number, number>;
}

const zoneCaches = new Map<string, ZoneCache>();
let lastZone = "";
let lastCache: ZoneCache = { days: new Map(), hours: new Map() };

/**
 * The zone's UTC offset in minutes (east positive) at an instant. Cached per UTC day when the
 * day's start and end share one offset, else per UTC hour likewise (zones change offset at
 * most once in any hour or day), so repeated planning hits the cache.
 */
export function offsetAt(zone: string, epochMs: number): number {
  let cache = zone === lastZone ? lastCache : zoneCaches.get(zone);
  if (cache === undefined) {
    cache = { days: new Map(), hours: new Map() };
    zoneCaches.set(zone, cache);
  }
  lastZone = zone;
  lastCache = cache;
  const day = Math.floor(epochMs / DAY);
  const daily = cache.days.get(day);
  if (daily !== undefined && !Number.isNaN(daily)) return daily;
  if (daily === undefined) {
    const atStart = tzOffset(zone, new Date(day * DAY));
    const atEnd = tzOffset(zone, new Date((day + 1) * DAY - 1));
    if (cache.days.size > 100_000) cache.days.clear();
    cache.days.set(day, atStart === atEnd ? atStart : Number.NaN);
    if (atStart === atEnd) return atStart;
  }
  const bucket = Math.floor(epochMs / HOUR);
  const cached = cache.hours.get(bucket);
  if (cached !== undefined) return cached;
  const atStart = tzOffset(zone, new Date(bucket * HOUR));
  const atEnd = tzOffset(zone, new Date((bucket + 1) * HOUR - 1));
  if (atStart === atEnd) {
    if (cache.hours.size > 100_000) cache.hours.clear();
    cache.hours.set(bucket, atStart);
    return atStart;
  }
  return tzOffset(zone, new Date(epochMs));
}

/** The outcome of resolving a wall-clock time: the instant and what kind of local time it was. */
export interface ResolvedWallTime {
  readonly epochMs: number;
  readonly kind: "normal" | "ambiguous" | "nonexistent";
}

/**
 * Converts a floating wall-clock value (wall-clock fields stored as if UTC) in `zone` to an
 * instant. Ambiguous times resolve by `ambiguous` (RFC 5545 §3.3.5: the first occurrence);
 * non-existent times are shifted by the gap length (the offset before the gap, §3.3.5) or
 * reported with `epochMs: NaN` when the policy is `skip` (§3.3.10).
 */
export function resolveWallTime(
  floatingMs: number,
  zone: string,
  policies: { nonexistent: NonexistentTimePolicy; ambiguous: AmbiguousTimePolicy },
): ResolvedWallTime {
  const offsetBefore = offsetAt(zone, floatingMs - DAY);
  const offsetAfter = offsetAt(zone, floatingMs + DAY);
  const first = floatingMs - offsetBefore * MINUTE;
  const firstValid = offsetAt(zone, first) === offsetBefore;
  if (offsetBefore === offsetAfter) {
    if (firstValid) return { epochMs: first, kind: "normal" };
    // A transition there and back within two days: fall back to a direct search.
    const direct = floatingMs - offsetAt(zone, first) * MINUTE;
    return { epochMs: direct, kind: "normal" };
  }
  const second = floatingMs - offsetAfter * MINUTE;
  const secondValid = offsetAt(zone, second) === offsetAfter;
  if (firstValid && secondValid) {
    const earlier = Math.min(first, second);
    const later = Math.max(first, second);
    return { epochMs: policies.ambiguous === "earlier" ? earlier : later, kind: "ambiguous" };
  }
  if (firstValid) return { epochMs: first, kind: "normal" };
  if (secondValid) return { epochMs: second, kind: "normal" };
  return {
    epochMs: policies.nonexistent === "shift" ? first : Number.NaN,
    kind: "nonexistent",
  };
}

/** The wall-clock value (as floating ms) of an instant in `zone`. */
export function toFloating(epochMs: number, zone: string): number {
  return epochMs + offsetAt(zone, epochMs) * MINUTE;
}
