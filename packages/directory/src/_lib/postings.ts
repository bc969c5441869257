// What the index precomputes so that a query finds and bounds its candidates without touching
// the offers it rules out: a bit mask of the needs each offer meets, per-need posting lists
// split by how an offer can be reached, and the most distance and area points an offer can get.
import KDBush from "kdbush";
import { SUPPORT_NEED_DOMAINS, type SupportNeedDomain } from "@carerkit/core";
import type { ServiceOffer } from "../offer/serviceOffer.ts";
import { HOME_VISIT_POINTS, REMOTE_POINTS } from "./criteria/judgeDistance.ts";
import { WEIGHTS } from "./criteria/weights.ts";
import { must } from "./must.ts";
import type { OfferProfile } from "./profile.ts";

/** One bit per support-need domain (17 of them: they fit a 32-bit mask). */
const NEED_BITS: ReadonlyMap<SupportNeedDomain, number> = new Map(
  SUPPORT_NEED_DOMAINS.map((d, bit) => [d.id, 1 << bit]),
);

/** The mask bit of a need domain. */
export function needBit(domain: SupportNeedDomain): number {
  return must(NEED_BITS.get(domain));
}

/** Offer indices, ascending, per need domain. */
export type NeedPostings = ReadonlyMap<SupportNeedDomain, Uint32Array>;

export interface Postings {
  /** Per offer: the bits of the needs it meets. */
  readonly needMask: Uint32Array;
  /** Per offer: the bits of the needs a taxonomy term says it meets. */
  readonly termMask: Uint32Array;
  /** Per offer: the most distance points it can get without being near (phone, online, home visit). */
  readonly noTravelPoints: Float64Array;
  /** Per offer: the most area points it can get (0 without service areas). */
  readonly areaPoints: Float64Array;
  /** Per offer: latitude and longitude of its venue, NaN without coordinates. */
  readonly lat: Float64Array;
  readonly lon: Float64Array;
  /** Every offer meeting each need. */
  readonly byNeed: NeedPostings;
  /** Offers that can be a match or near miss wherever the carer is (remote, or no coordinates). */
  readonly everywhere: NeedPostings;
  /** Offers reachable without travel only within their mapped area: a kd-tree of box centres. */
  readonly areas: AreaTree | undefined;
  /** Per offer: 1 when in `everywhere`, 2 when in `areas`, else 0. */
  readonly listed: Uint8Array;
}

/** A kd-tree over the centres of service-area boxes, and how far a box reaches from its centre. */
export interface AreaTree {
  readonly tree: KDBush;
  /** kdbush item id → offer index. */
  readonly ids: Uint32Array;
  /** The largest half-width and half-height of any box, degrees. */
  readonly halfLon: number;
  readonly halfLat: number;
}

function areaTreeOf(
  ids: readonly number[],
  profiles: readonly OfferProfile[],
): AreaTree | undefined {
  if (ids.length === 0) return undefined;
  const tree = new KDBush(ids.length);
  let halfLon = 0;
  let halfLat = 0;
  for (const i of ids) {
    const [minX, minY, maxX, maxY] = must(must(profiles[i]).areaBox);
    tree.add((minX + maxX) / 2, (minY + maxY) / 2);
    halfLon = Math.max(halfLon, (maxX - minX) / 2);
    halfLat = Math.max(halfLat, (maxY - minY) / 2);
  }
  tree.finish();
  return { tree, ids: Uint32Array.from(ids), halfLon, halfLat };
}

function toPostings(lists: Map<SupportNeedDomain, number[]>): NeedPostings {
  return new Map([...lists].map(([d, l]) => [d, Uint32Array.from(l)]));
}

function push(lists: Map<SupportNeedDomain, number[]>, domain: SupportNeedDomain, i: number): void {
  const list = lists.get(domain);
  if (list === undefined) lists.set(domain, [i]);
  else list.push(i);
}

/** How far a remote or home-visit offer can score on distance with the carer anywhere. */
function noTravelPointsOf(offer: ServiceOffer, p: OfferProfile): number {
  const remote = offer.delivery.some((d) => d === "phone" || d === "online");
  // A home visit meets distance without a kd-tree hit only when the service area covers the
  // carer or the distance is unknown (see judgeDistance).
  const home =
    offer.delivery.includes("home_visit") && (p.point === undefined || p.polygons !== undefined);
  return Math.max(remote ? REMOTE_POINTS : 0, home ? HOME_VISIT_POINTS : 0);
}

/** Builds the postings from the offers and their profiles (same order). */
export function buildPostings(
  offers: readonly ServiceOffer[],
  profiles: readonly OfferProfile[],
): Postings {
  const n = offers.length;
  const needMask = new Uint32Array(n);
  const termMask = new Uint32Array(n);
  const noTravelPoints = new Float64Array(n);
  const areaPoints = new Float64Array(n);
  const listed = new Uint8Array(n);
  const lat = new Float64Array(n).fill(Number.NaN);
  const lon = new Float64Array(n).fill(Number.NaN);
  const byNeed = new Map<SupportNeedDomain, number[]>();
  const everywhere = new Map<SupportNeedDomain, number[]>();
  const areaBound: number[] = [];
  for (let i = 0; i < n; i++) {
    const offer = must(offers[i]);
    const p = must(profiles[i]);
    noTravelPoints[i] = noTravelPointsOf(offer, p);
    if (p.point !== undefined) {
      lat[i] = p.point.lat;
      lon[i] = p.point.lon;
    }
    areaPoints[i] = offer.serviceAreas.length > 0 ? WEIGHTS.area : 0;
    const remote = offer.delivery.some((d) => d === "phone" || d === "online");
    // Remote offers limited to a mapped area are near only that area; remote offers without one,
    // and offers without coordinates, can be judged anywhere. The rest are found by the kd-tree.
    if (p.reachableAnywhere && p.areaBox !== undefined) {
      listed[i] = 2;
      if (p.needs.size > 0) areaBound.push(i);
    } else if (p.point === undefined || (p.reachableAnywhere && remote)) listed[i] = 1;
    for (const [domain, evidence] of p.needs) {
      const bit = needBit(domain);
      needMask[i] = must(needMask[i]) | bit;
      if (evidence.via === "taxonomy") termMask[i] = must(termMask[i]) | bit;
      push(byNeed, domain, i);
      if (listed[i] === 1) push(everywhere, domain, i);
    }
  }
  return {
    needMask,
    termMask,
    noTravelPoints,
    areaPoints,
    lat,
    lon,
    byNeed: toPostings(byNeed),
    everywhere: toPostings(everywhere),
    areas: areaTreeOf(areaBound, profiles),
    listed,
  };
}
