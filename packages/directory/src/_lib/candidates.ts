// Candidate selection through the index: per-need postings and the kd-tree find the offers that
// can be a match or a near miss, and each gets a cheap upper bound on its score, from the
// precomputed masks and its distance, so the best can be judged first and the rest not at all.
import { boundingBox, haversineKmTo, nearBox } from "./geo.ts";
import type { IndexInternals } from "./indexInternals.ts";
import { must } from "./must.ts";
import { needBit, type NeedPostings } from "./postings.ts";
import { nearbyPoints, toTenths } from "./criteria/judgeDistance.ts";
import type { PreparedQuery } from "./criteria/types.ts";

/** Keys pack (bound rounded up to thousandths, offer index): ascending is best bound first. */
const INDEX_SPAN = 2 ** 26;
/** Scores are rounded to hundredths per criterion and in total: allow for it. */
const ROUNDING_SLACK = 0.05;

/** Offer index of a key from {@link rankedCandidates}. */
export function keyIndex(key: number): number {
  return key - Math.floor(key / INDEX_SPAN) * INDEX_SPAN;
}

/** An upper bound (≥ the offer's total) of a key from {@link rankedCandidates}. */
export function keyBound(key: number): number {
  return -Math.floor(key / INDEX_SPAN) / 1000;
}

/** Calls `visit` once for each offer in `postings` meeting any of the query's needs. */
function eachRelevant(
  postings: NeedPostings,
  needMask: Uint32Array,
  at: { readonly needs: PreparedQuery["needs"]; readonly visit: (i: number) => void },
): void {
  let earlier = 0;
  for (const domain of at.needs) {
    const list = postings.get(domain);
    // An offer meeting an earlier need of the query was visited in that need's list.
    if (list !== undefined)
      for (const i of list) if ((must(needMask[i]) & earlier) === 0) at.visit(i);
    earlier |= needBit(domain);
  }
}

/**
 * The offers that can be a match or a near miss for `q`, as keys sorted best bound first
 * (decode with {@link keyIndex} and {@link keyBound}). With a point and distance and area hard,
 * only offers within 1.5 × the maximum distance (near misses reach that far; evaluate() agrees),
 * near their mapped area, or reachable anywhere are candidates; otherwise every offer meeting a need.
 */
export function rankedCandidates(ix: IndexInternals, q: PreparedQuery, rest: number): Float64Array {
  const { needMask, termMask, noTravelPoints, areaPoints, lat, lon } = ix.postings;
  let queryMask = 0;
  for (const domain of q.needs) queryMask |= needBit(domain);
  const keys: number[] = [];
  const point = q.point;
  const add = (i: number, km: number | undefined): void => {
    const mask = must(needMask[i]) & queryMask;
    let met = 0;
    for (let m = mask; m !== 0; m &= m - 1) met++;
    let bound = (35 * met) / q.needs.length + ((must(termMask[i]) & queryMask) !== 0 ? 5 : 0);
    if (point !== undefined) {
      const near = km !== undefined && km <= q.maxKm ? nearbyPoints(km, q.maxKm) : 0;
      bound += Math.max(near, must(noTravelPoints[i])) + must(areaPoints[i]);
    }
    bound += rest + ROUNDING_SLACK;
    keys.push(-Math.ceil(bound * 1000) * INDEX_SPAN + i);
  };
  const rawKm = (i: number): number => {
    const la = must(lat[i]);
    return point === undefined || Number.isNaN(la)
      ? Number.NaN
      : haversineKmTo(point, la, must(lon[i]));
  };
  const kmTo = (i: number): number | undefined => {
    const km = rawKm(i);
    return Number.isNaN(km) ? undefined : toTenths(km);
  };
  const anywhere = (i: number): void => {
    add(i, kmTo(i));
  };
  if (point === undefined || !q.hard.has("distance") || !q.hard.has("area")) {
    eachRelevant(ix.postings.byNeed, needMask, { needs: q.needs, visit: anywhere });
  } else {
    const reach = q.maxKm * 1.5;
    const within = (i: number): boolean => rawKm(i) <= reach + 0.05; // false for NaN
    // An area-bound offer near its area is added from the area tree; otherwise by its venue.
    const nearArea = (i: number): boolean => {
      const box = must(ix.profiles[i]).areaBox;
      return box !== undefined && nearBox(box, point, reach);
    };
    if (ix.spatial !== undefined) {
      const [minX, minY, maxX, maxY] = boundingBox(point, reach);
      for (const k of ix.spatial.range(minX, minY, maxX, maxY)) {
        const i = must(ix.spatialIds[k]);
        const listed = ix.postings.listed[i];
        if ((must(needMask[i]) & queryMask) === 0 || listed === 1) continue;
        if (within(i) && (listed === 0 || !nearArea(i))) add(i, kmTo(i));
      }
    }
    eachRelevant(ix.postings.everywhere, needMask, { needs: q.needs, visit: anywhere });
    const areas = ix.postings.areas;
    if (areas !== undefined) {
      const [minX, minY, maxX, maxY] = boundingBox(point, reach);
      const found = areas.tree.range(
        minX - areas.halfLon,
        minY - areas.halfLat,
        maxX + areas.halfLon,
        maxY + areas.halfLat,
      );
      for (const k of found) {
        const i = must(areas.ids[k]);
        if ((must(needMask[i]) & queryMask) !== 0 && nearArea(i)) add(i, kmTo(i));
      }
    }
  }
  return Float64Array.from(keys).sort();
}
