// Synthetic, deterministic directory of 100,000 offers across Great Britain (89% at a venue
// clustered around 39 towns, 3% home visits, 8% phone or online — of which 70% serve one
// council-sized area and 30% the whole country): index build time,
// median and p95 query time for a typical carer query, and the ratio against a linear scan that
// judges every offer with exactly the same criteria (the oracle the tests compare against).
import { defineBench } from "../../../scripts/bench/defineBench.ts";
import { buildDirectoryIndex } from "../src/index/buildDirectoryIndex.ts";
import { matchServices } from "../src/match/matchServices.ts";
import type { MatchQuery } from "../src/match/query.ts";
import { syntheticOffers, TOWNS } from "../src/__fixtures__/syntheticDirectory.ts";
import { INTERNALS } from "../src/_lib/indexInternals.ts";
import { prepareQuery } from "../src/_lib/prepareQuery.ts";
import { presentMatch, presentNearMiss } from "../src/_lib/present.ts";
import { everyOffer, judge } from "../src/_lib/scan.ts";

// `DIRECTORY_BENCH_OFFERS=1000000 pnpm bench directory` runs the 1,000,000-offer case (slow).
const N = Number(process.env["DIRECTORY_BENCH_OFFERS"] ?? 100_000);

const offers = syntheticOffers(N);
// Baseline for the build: a plain JSON.parse of the same offers.
const json = JSON.stringify(offers);
const p0 = performance.now();
JSON.parse(json);
const parseMs = performance.now() - p0;
const heapBefore = process.memoryUsage().heapUsed;
const t0 = performance.now();
const index = buildDirectoryIndex(offers);
const buildMs = performance.now() - t0;
const indexMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
const ix = INTERNALS.get(index)!;
const asOf = new Date("2026-06-01T09:00:00Z");

/** A typical carer: breaks and emotional support, near home, free, evenings or weekends. */
function typicalQuery(town: readonly [number, number]): MatchQuery {
  return {
    asOf,
    needs: ["breaks_from_caring", "feelings_and_worries"],
    location: { lat: town[0] + 0.01, lon: town[1] - 0.01 },
    maxDistanceKm: 10,
    carerAge: 67,
    availability: ["evenings", "weekends"],
    cost: "free",
  };
}

const query = typicalQuery(TOWNS[3]!); // Manchester

function linearScan(q: MatchQuery): unknown {
  const prepared = prepareQuery(ix, q, {});
  if (!prepared.success) throw new Error(prepared.error.message);
  const { q: pq, limit, nearMissLimit } = prepared.data;
  const judged = judge(ix, pq, everyOffer(ix));
  return {
    matches: judged.matches.slice(0, limit).map((e) => presentMatch(ix, e, pq)),
    nearMisses: judged.nearMisses.slice(0, nearMissLimit).map((e) => presentNearMiss(ix, e, pq)),
  };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export default defineBench({
  title: `matchServices on ${N.toLocaleString("en-GB")} synthetic offers across Great Britain`,
  baseline: { name: "linear scan, same criteria", fn: () => linearScan(query) },
  candidates: [{ name: "matchServices (index)", fn: () => matchServices(index, query) }],
  target: { atLeastFaster: 200 },
  iterations: 5,
  time: 1500,
  report: () => {
    const times: number[] = [];
    let considered = 0;
    for (let k = 0; k < 200; k++) {
      const q = typicalQuery(TOWNS[k % TOWNS.length]!);
      const start = performance.now();
      const r = matchServices(index, q);
      times.push(performance.now() - start);
      if (r.success) considered += r.data.considered;
    }
    times.sort((a, b) => a - b);
    return [
      `index build: ${buildMs.toFixed(0)} ms for ${N.toLocaleString("en-GB")} offers; JSON.parse of the same offers ${parseMs.toFixed(0)} ms (build = ${(buildMs / parseMs).toFixed(1)}× parse)`,
      `index memory (heap growth during the build, approximate): ${indexMb.toFixed(0)} MB`,
      `typical query over 200 locations: median ${percentile(times, 50).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms`,
      `offers judged per query: ${(considered / 200).toFixed(0)} of ${N.toLocaleString("en-GB")} on average`,
    ];
  },
});
