// Synthetic, deterministic directory of 100,000 offers across Great Britain (89% at a venue
// clustered around 39 towns, 3% home visits, 8% phone or online — of which 70% serve one
// council-sized area and 30% the whole country): index build time against a plain JSON.parse of
// the same offers, index memory, and median and p95 query time for a typical carer query against
// a linear scan that judges every offer with exactly the same criteria (the oracle the tests
// compare against). The targets are ratios within the same run, never absolute times.
//
// `DIRECTORY_BENCH_OFFERS=1000000 pnpm bench directory` runs the 1,000,000-offer case (slow,
// several GB of heap) and also indexes its first 100,000 offers, to show how the cost grows.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { defineBench } from "../../../scripts/bench/defineBench.ts";
import { buildDirectoryIndex, type DirectoryIndex } from "../src/index/buildDirectoryIndex.ts";
import { matchServices } from "../src/match/matchServices.ts";
import type { MatchQuery } from "../src/match/query.ts";
import type { ServiceOffer } from "../src/offer/serviceOffer.ts";
import { syntheticOffers, TOWNS } from "../src/__fixtures__/syntheticDirectory.ts";
import { INTERNALS } from "../src/_lib/indexInternals.ts";
import { must } from "../src/_lib/must.ts";
import { prepareQuery } from "../src/_lib/prepareQuery.ts";
import { presentMatch, presentNearMiss } from "../src/_lib/present.ts";
import { everyOffer, judge } from "../src/_lib/scan.ts";

const N = Number(process.env["DIRECTORY_BENCH_OFFERS"] ?? 100_000);
const SMALL = 100_000;
const TARGET = { faster: 200, p95Ms: 3, buildMs: 1000, indexMb: 1000 };

// A full collection before and after the build makes the heap growth the index's own size.
setFlagsFromString("--expose-gc");
const collect = runInNewContext("gc") as () => void;
const heapMb = (): number => {
  collect();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return (heapUsed + arrayBuffers) / 1e6;
};

const asOf = new Date("2026-06-01T09:00:00Z");

/** A typical carer: breaks and emotional support, near home, free, evenings or weekends. */
function typicalQuery(town: readonly [number, number], text?: string): MatchQuery {
  return {
    asOf,
    needs: ["breaks_from_caring", "feelings_and_worries"],
    location: { lat: town[0] + 0.01, lon: town[1] - 0.01 },
    maxDistanceKm: 10,
    carerAge: 67,
    availability: ["evenings", "weekends"],
    cost: "free",
    ...(text === undefined ? {} : { text }),
  };
}

interface Built {
  readonly index: DirectoryIndex;
  readonly buildMs: number;
  readonly indexMb: number;
  /** Heap before the build, MB. */
  readonly baseMb: number;
}

function build(offers: readonly ServiceOffer[]): Built {
  const before = heapMb();
  const t0 = performance.now();
  const index = buildDirectoryIndex(offers);
  const buildMs = performance.now() - t0;
  return { index, buildMs, indexMb: heapMb() - before, baseMb: before };
}

function linearScan(index: DirectoryIndex, q: MatchQuery): unknown {
  const ix = must(INTERNALS.get(index));
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
  return must(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]);
}

/**
 * Sorted times (ms) of `count` runs of `fn`, one per town in turn, from a collected heap (so the
 * garbage of the scans before is not collected during the queries after).
 */
function timesOf(count: number, fn: (town: readonly [number, number]) => unknown): number[] {
  collect();
  const times: number[] = [];
  for (let k = 0; k < count; k++) {
    const town = must(TOWNS[k % TOWNS.length]);
    const start = performance.now();
    fn(town);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

const offers = syntheticOffers(N);

/** Baseline for the build: a plain JSON.parse of the same offers, 100,000 at a time (a string of a million would pass V8's length limit). */
function parseTimeMs(): number {
  let total = 0;
  for (let from = 0; from < offers.length; from += SMALL) {
    const json = JSON.stringify(offers.slice(from, from + SMALL));
    const start = performance.now();
    JSON.parse(json);
    total += performance.now() - start;
  }
  return total;
}
const parseMs = parseTimeMs();
const main = build(offers);
const query = typicalQuery(must(TOWNS[3])); // Manchester

const ms = (v: number): string => `${v.toFixed(2)} ms`;
const meets = (ok: boolean): string => (ok ? "meets" : "MISSES");

export default defineBench({
  title: `matchServices on ${N.toLocaleString("en-GB")} synthetic offers across Great Britain`,
  baseline: { name: "linear scan, same criteria", fn: () => linearScan(main.index, query) },
  candidates: [{ name: "matchServices (index)", fn: () => matchServices(main.index, query) }],
  target: { atLeastFaster: TARGET.faster },
  iterations: 5,
  time: 1500,
  report: () => {
    // Fewer scans and no text queries at a million offers: a scan alone then takes seconds.
    const large = N > SMALL;
    const scans = large ? 8 : TOWNS.length;
    const scan = timesOf(scans, (town) => linearScan(main.index, typicalQuery(town)));
    let considered = 0;
    const indexed = timesOf(400, (town) => {
      const r = matchServices(main.index, typicalQuery(town));
      if (r.success) considered += r.data.considered;
    });
    const medianRatio = percentile(scan, 50) / percentile(indexed, 50);
    const p95Ratio = percentile(scan, 95) / percentile(indexed, 95);
    const lines = [
      `typical query, ${scans} scans and 400 indexed queries over ${TOWNS.length} towns:`,
      `  scan median ${ms(percentile(scan, 50))}, p95 ${ms(percentile(scan, 95))}`,
      `  index median ${ms(percentile(indexed, 50))}, p95 ${ms(percentile(indexed, 95))} (${meets(percentile(indexed, 95) <= TARGET.p95Ms)} p95 ≤ ${TARGET.p95Ms} ms)`,
      `  index/scan: median ${medianRatio.toFixed(0)}× faster, p95 ${p95Ratio.toFixed(0)}× faster (${meets(medianRatio >= TARGET.faster && p95Ratio >= TARGET.faster)} ≥${TARGET.faster}×)`,
      `  offers judged per query: ${(considered / 400).toFixed(0)} of ${N.toLocaleString("en-GB")} on average`,
      `index build: ${main.buildMs.toFixed(0)} ms; JSON.parse of the same offers ${parseMs.toFixed(0)} ms (build = ${(main.buildMs / parseMs).toFixed(2)}× parse; ${meets(main.buildMs <= TARGET.buildMs)} ≤ ${TARGET.buildMs} ms)`,
      `index memory (heap and typed arrays, growth during the build, after a full GC): ${main.indexMb.toFixed(0)} MB (${meets(main.indexMb < TARGET.indexMb)} < ${TARGET.indexMb} MB)`,
    ];
    if (!large) {
      const first = timesOf(1, (town) => matchServices(main.index, typicalQuery(town, "respite")));
      const withTextMb = heapMb() - main.baseMb;
      const text = timesOf(10, (town) => matchServices(main.index, typicalQuery(town, "respite")));
      lines.push(
        `with text "respite": the first query ${ms(must(first[0]))} (it builds the full-text index: ${(must(first[0]) / parseMs).toFixed(1)}× parse), then median ${ms(percentile(text, 50))} over 10; index memory with the full-text index ${withTextMb.toFixed(0)} MB`,
      );
    }
    if (large) {
      const small = build(offers.slice(0, SMALL));
      const smallTimes = timesOf(400, (town) => matchServices(small.index, typicalQuery(town)));
      const growth = N / SMALL;
      lines.push(
        `growth from the first ${SMALL.toLocaleString("en-GB")} offers (same run) to ${N.toLocaleString("en-GB")} (${growth}× the offers):`,
        `  query median ${ms(percentile(smallTimes, 50))} → ${ms(percentile(indexed, 50))} (${(percentile(indexed, 50) / percentile(smallTimes, 50)).toFixed(1)}×), p95 ${ms(percentile(smallTimes, 95))} → ${ms(percentile(indexed, 95))} (${(percentile(indexed, 95) / percentile(smallTimes, 95)).toFixed(1)}×)`,
        `  index memory ${small.indexMb.toFixed(0)} MB → ${main.indexMb.toFixed(0)} MB (${(main.indexMb / small.indexMb).toFixed(1)}×); build ${small.buildMs.toFixed(0)} ms → ${main.buildMs.toFixed(0)} ms (${(main.buildMs / small.buildMs).toFixed(1)}×)`,
      );
    }
    return lines;
  },
});
