// What the index precomputes so that a query finds and bounds its candidates without touching
// the offers it rules out: a bit mask of the needs each offer meets, per-need posting lists
// split by how an offer can be reached, and the most distance and area points an offer can get.
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
  /** Offers reachable without travel, but only within their mapped service area. */
  readonly areaBound: NeedPostings;
  /** Whether the offer is in `everywhere` or `areaBound` (the kd-tree hit is then not needed). */
  readonly listed: Uint8Array;
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
  const areaBound = new Map<SupportNeedDomain, number[]>();
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
    let group: Map<SupportNeedDomain, number[]> | undefined;
    if (p.reachableAnywhere && p.areaBox !== undefined) group = areaBound;
    else if (p.point === undefined || (p.reachableAnywhere && remote)) group = everywhere;
    if (group !== undefined) listed[i] = 1;
    for (const [domain, evidence] of p.needs) {
      const bit = needBit(domain);
      needMask[i] = must(needMask[i]) | bit;
      if (evidence.via === "taxonomy") termMask[i] = must(termMask[i]) | bit;
      push(byNeed, domain, i);
      if (group !== undefined) push(group, domain, i);
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
    areaBound: toPostings(areaBound),
    listed,
  };
}
