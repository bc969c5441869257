import type { Result } from "@carerkit/core";
import { err, invalidArgument, ok } from "@carerkit/core";
import { must } from "../_lib/must.ts";
import type { DirectoryIndex } from "../index/buildDirectoryIndex.ts";
import type { DirectoryIssue } from "../offer/issue.ts";
import { INTERNALS } from "../_lib/indexInternals.ts";
import { prepareQuery } from "../_lib/prepareQuery.ts";
import { presentMatch, presentNearMiss } from "../_lib/present.ts";
import { judgeBest } from "../_lib/scan.ts";
import type { MatchQuery } from "./query.ts";
import type { MatchOptions, MatchResult } from "./types.ts";
import { argumentIssue } from "../_lib/guard/argumentIssue.ts";
import { checkMatchOptions } from "../_lib/guard/checkMatchOptions.ts";

/**
 * Finds the offers in a directory that fit one carer, best first, with a score breakdown and
 * plain-language reasons, plus near misses (relevant offers left out by one criterion) and why.
 *
 * Hard criteria (status, needs, distance, service area, ages, condition focus, delivery,
 * accessibility, cost — see {@link DEFAULT_HARD_CRITERIA}) exclude; the rest rank. Every criterion
 * is meets / fails / unknown: unknown is never silently a pass or a fail — the offer stays in,
 * ranked lower and labelled (or goes to the near misses with `whenUnknown: "exclude"`).
 * Ordering is deterministic: score, then distance, then name, then id. The index is not changed.
 *
 * @param index - Built by {@link buildDirectoryIndex}.
 * @param query - The carer's needs and circumstances; `asOf` is the current time.
 * @param options - Geocoder for postcodes, closure dates, staleness threshold.
 * @returns The matches and near misses, or an `invalid_query`, `invalid_postcode` or
 *   `unknown_postcode` issue; `invalid_argument` when `index` is not from
 *   {@link buildDirectoryIndex} or an option is not of its type; `out_of_span` when `asOf` or an
 *   `availability` instant is outside the years 1900–2200, or the instants and the horizon span
 *   more than 731 days.
 * @example
 * const result = matchServices(index, {
 *   asOf: new Date("2026-06-01T09:00:00Z"), needs: ["grief_and_loss", "peer_support"],
 *   location: { postcode: "NR2 4AA" }, availability: ["evenings"], cost: "free",
 * }, { geocoder: createGazetteerGeocoder() });
 * if (result.success) for (const m of result.data.matches) console.log(m.offer.name, "—", m.summary);
 */
export function matchServices(
  index: DirectoryIndex,
  query: MatchQuery,
  options: MatchOptions = {},
): Result<MatchResult, DirectoryIssue> {
  const ix = INTERNALS.get(index);
  const invalid = argumentIssue(() => {
    if (ix === undefined)
      throw invalidArgument("matchServices", { index }, "an index from buildDirectoryIndex");
    checkMatchOptions(options);
  });
  if (invalid !== undefined || ix === undefined) return err(must(invalid));
  const prepared = prepareQuery(ix, query, options);
  if (!prepared.success) return prepared;
  const { q, origin, limit, nearMissLimit } = prepared.data;
  const judged = judgeBest(ix, q, { limit, nearMissLimit });
  return ok({
    matches: judged.matches.slice(0, limit).map((e) => presentMatch(ix, e, q)),
    nearMisses: judged.nearMisses.slice(0, nearMissLimit).map((e) => presentNearMiss(ix, e, q)),
    ...(origin === undefined ? {} : { origin }),
    considered: judged.considered,
  });
}
