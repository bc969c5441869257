import { must } from "../_lib/must.ts";
import KDBush from "kdbush";
import type { ServiceOffer } from "../offer/serviceOffer.ts";
import { DEFAULT_CROSSWALK, type Crosswalk } from "../vocabulary/defaultCrosswalk.ts";
import { INTERNALS } from "../_lib/indexInternals.ts";
import { buildPostings } from "../_lib/postings.ts";
import { compileCrosswalk } from "../_lib/compiledCrosswalk.ts";
import { profileOf, termKeys } from "../_lib/profile.ts";
import { lazyTextIndex } from "../_lib/textIndex.ts";
import { checkOffers } from "../_lib/guard/checkOffers.ts";
import { checkOptions } from "../_lib/guard/checkOptions.ts";
import { checkTimeZone } from "../_lib/guard/checkTimeZone.ts";
import { checkShape } from "../_lib/guard/checkShape.ts";
import { CrosswalkShape } from "../_lib/guard/crosswalkShape.ts";

/**
 * Options for {@link buildDirectoryIndex}.
 *
 * @example
 * const options: DirectoryIndexOptions = { crosswalk: DEFAULT_CROSSWALK, timeZone: "Europe/London" };
 */
export interface DirectoryIndexOptions {
  /** The need and condition vocabulary. Default {@link DEFAULT_CROSSWALK}. */
  readonly crosswalk?: Crosswalk;
  /** IANA zone of schedule times published without an offset. Default `"Europe/London"`. */
  readonly timeZone?: string;
}

/**
 * A directory ready to be queried many times: offers with a spatial index, a full-text index
 * and need/taxonomy postings. Build it with {@link buildDirectoryIndex}; it is immutable.
 *
 * @example
 * const index: DirectoryIndex = buildDirectoryIndex(offers);
 * index.size; //=> offers.length
 */
export interface DirectoryIndex {
  /** Number of offers. */
  readonly size: number;
  /** The offers, in the order given. */
  readonly offers: readonly ServiceOffer[];
  /** Zone of local schedule times. */
  readonly timeZone: string;
}

/**
 * Builds the index once: a kd-tree (kdbush) over offer coordinates, the needs each offer meets
 * (from taxonomy terms first, then whole-word keywords through the crosswalk) as bit masks and
 * per-need posting lists, and per-offer derived facts (cost, accessibility, languages,
 * schedules, service areas). The MiniSearch full-text index over names, descriptions and term
 * names is built on the first query with `text` (only those need it) and kept.
 *
 * @param offers - Offers from the importers (not modified).
 * @param options - Crosswalk and time zone.
 * @returns An immutable index.
 * @throws CarerKitError `invalid_argument` when `offers` is not an array of offers as the
 *   importers build them, or an option is not of its documented type (or not a known zone).
 * @example
 * const { offers } = fromHsds(feed, { source: "town" });
 * const index = buildDirectoryIndex(offers);
 */
export function buildDirectoryIndex(
  offers: readonly ServiceOffer[],
  options: DirectoryIndexOptions = {},
): DirectoryIndex {
  checkOffers("buildDirectoryIndex", offers);
  checkOptions("buildDirectoryIndex", options);
  if (options.crosswalk !== undefined)
    checkShape("buildDirectoryIndex", { "options.crosswalk": options.crosswalk }, CrosswalkShape);
  checkTimeZone("buildDirectoryIndex", options.timeZone);
  const crosswalk = options.crosswalk ?? DEFAULT_CROSSWALK;
  const timeZone = options.timeZone ?? "Europe/London";
  const list = Object.freeze([...offers]);

  const compiled = compileCrosswalk(crosswalk);
  const profiles = list.map((o) => profileOf(o, compiled));
  const termPostings = new Map<string, number[]>();
  const located: number[] = [];
  profiles.forEach((p, i) => {
    for (const key of termKeys(must(list[i]))) {
      const l = termPostings.get(key);
      if (l === undefined) termPostings.set(key, [i]);
      else l.push(i);
    }
    if (p.point !== undefined) located.push(i);
  });
  let spatial: KDBush | undefined;
  if (located.length > 0) {
    spatial = new KDBush(located.length);
    for (const i of located) {
      const point = must(must(profiles[i]).point);
      spatial.add(point.lon, point.lat);
    }
    spatial.finish();
  }
  const index: DirectoryIndex = Object.freeze({ size: list.length, offers: list, timeZone });
  INTERNALS.set(index, {
    offers: list,
    profiles,
    crosswalk,
    timeZone,
    termPostings,
    postings: buildPostings(list, profiles),
    spatial,
    spatialIds: Uint32Array.from(located),
    text: lazyTextIndex(list),
  });
  return index;
}
