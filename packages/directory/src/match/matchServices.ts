import type { Result } from "@carerkit/core";
import { err, ok } from "@carerkit/core";
import type { DirectoryIndex } from "../index/buildDirectoryIndex.ts";
import type { DirectoryIssue } from "../offer/issue.ts";
import { INTERNALS } from "../_lib/indexInternals.ts";
import { prepareQuery } from "../_lib/prepareQuery.ts";
import { presentMatch, presentNearMiss } from "../_lib/present.ts";
import { candidates, judgeBest } from "../_lib/scan.ts";
import type { MatchQuery } from "./query.ts";
import type { MatchOptions, MatchResult } from "./types.ts";

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
 * @returns The matches and near misses, or an `invalid_query`, `invalid_postcode` or `unknown_postcode` issue.
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
  if (ix === undefined) {
    return err({
      code: "invalid_query",
      severity: "error",
      message: "index: expected an index from buildDirectoryIndex",
      path: ["index"],
    });
  }
  const prepared = prepareQuery(ix, query, options);
  if (!prepared.success) return prepared;
  const { q, origin, limit, nearMissLimit } = prepared.data;
  const judged = judgeBest(ix, q, { indices: candidates(ix, q), limit, nearMissLimit });
  return ok({
    matches: judged.matches.slice(0, limit).map((e) => presentMatch(ix, e, q)),
    nearMisses: judged.nearMisses.slice(0, nearMissLimit).map((e) => presentNearMiss(ix, e, q)),
    ...(origin === undefined ? {} : { origin }),
    considered: judged.considered,
  });
}
