// The index against the linear scan on a synthetic directory large enough for the kd-tree, the
// per-need postings and the score bound to prune: national, area-bound and home-visit offers,
// venues clustered around towns, random queries and limits.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SUPPORT_NEED_DOMAINS } from "@carerkit/core";
import { syntheticOffers, TOWNS } from "../__fixtures__/syntheticDirectory.ts";
import { buildDirectoryIndex } from "../index/buildDirectoryIndex.ts";
import { INTERNALS } from "../_lib/indexInternals.ts";
import { prepareQuery } from "../_lib/prepareQuery.ts";
import { presentMatch, presentNearMiss } from "../_lib/present.ts";
import { everyOffer, judge } from "../_lib/scan.ts";
import { matchServices } from "./matchServices.ts";
import type { MatchQuery } from "./query.ts";

const offers = syntheticOffers(4000);
const index = buildDirectoryIndex(offers);
const ix = INTERNALS.get(index)!;
const asOf = new Date("2026-06-01T09:00:00Z");

const queryArb = fc.record({
  needs: fc.uniqueArray(fc.constantFrom(...SUPPORT_NEED_DOMAINS.map((d) => d.id)), {
    minLength: 1,
    maxLength: 3,
  }),
  location: fc.option(
    fc
      .tuple(
        fc.constantFrom(...TOWNS),
        fc.double({ min: -0.2, max: 0.2, noNaN: true }),
        fc.double({ min: -0.3, max: 0.3, noNaN: true }),
      )
      .map(([[lat, lon], dLat, dLon]) => ({ lat: lat + dLat, lon: lon + dLon })),
    { nil: undefined },
  ),
  maxDistanceKm: fc.option(fc.double({ min: 1, max: 40, noNaN: true }), { nil: undefined }),
  carerAge: fc.option(fc.integer({ min: 8, max: 95 }), { nil: undefined }),
  delivery: fc.option(
    fc.uniqueArray(fc.constantFrom("in_person", "phone", "online", "home_visit" as const), {
      minLength: 1,
    }),
    { nil: undefined },
  ),
  cost: fc.option(fc.constantFrom("free" as const, { maxAmount: 10 }), { nil: undefined }),
  availability: fc.option(
    fc.uniqueArray(fc.constantFrom("evenings", "weekends", "weekday_daytime" as const), {
      minLength: 1,
    }),
    { nil: undefined },
  ),
  whenUnknown: fc.option(fc.constantFrom("include" as const, "exclude" as const), {
    nil: undefined,
  }),
  hard: fc.option(fc.constantFrom({ distance: false }, { area: false }, { cost: false }), {
    nil: undefined,
  }),
  limit: fc.integer({ min: 1, max: 40 }),
  nearMissLimit: fc.integer({ min: 0, max: 10 }),
});

describe("matchServices on a synthetic directory", () => {
  it("gives the scan's first matches and near misses, with their scores and reasons", () => {
    fc.assert(
      fc.property(queryArb, (q) => {
        const query = { asOf, ...q } as MatchQuery;
        const viaIndex = matchServices(index, query);
        const prepared = prepareQuery(ix, query, {});
        if (!prepared.success || !viaIndex.success) throw new Error("query rejected");
        const scan = judge(ix, prepared.data.q, everyOffer(ix));
        expect(viaIndex.data.matches.map((m) => [m.offer.id, m.score, m.summary])).toEqual(
          scan.matches
            .slice(0, q.limit)
            .map((e) => [
              offers[e.index]!.id,
              e.total,
              presentMatch(ix, e, prepared.data.q).summary,
            ]),
        );
        expect(viaIndex.data.nearMisses.map((m) => [m.offer.id, m.summary])).toEqual(
          scan.nearMisses
            .slice(0, q.nearMissLimit)
            .map((e) => [offers[e.index]!.id, presentNearMiss(ix, e, prepared.data.q).summary]),
        );
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
