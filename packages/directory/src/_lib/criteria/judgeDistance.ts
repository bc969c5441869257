import { haversineKm, inPolygons, nearBox } from "../geo.ts";
import type { GeoPoint } from "../../offer/geoPoint.ts";
import { mark, type Scorecard } from "./scorecard.ts";
import type { PreparedQuery, Subject } from "./types.ts";
import { halfWeight, WEIGHTS } from "./weights.ts";

/** Distance points for an offer taken part in by phone or online (no travel). */
export const REMOTE_POINTS = 12;
/** Distance points for an offer that visits the carer at home. */
export const HOME_VISIT_POINTS = 14;

/** The distance reported and judged: km to one decimal. */
export function reportedKm(from: GeoPoint, to: GeoPoint): number {
  return toTenths(haversineKm(from, to));
}

/** Km rounded as distances are reported. */
export function toTenths(km: number): number {
  return Math.round(km * 10) / 10;
}

/** Distance points for an offer within the maximum distance: fewer the further it is. */
export function nearbyPoints(distanceKm: number, maxKm: number): number {
  return WEIGHTS.distance * Math.exp(-distanceKm / Math.max(1, maxKm / 2));
}

/** What the distance and area criteria found out. */
export interface Reach {
  readonly distanceKm?: number | undefined;
  /** Too far for a near miss: beyond 1.5 × maxKm, or far outside a mapped service area. */
  readonly farAway: boolean;
}

/** The query, its point, and whether the offer's mapped areas cover it (undefined: not mapped). */
interface Where {
  readonly q: PreparedQuery;
  readonly point: NonNullable<PreparedQuery["point"]>;
  readonly areaCovers: boolean | undefined;
}

/** Records distance as met without travel, by the first remote way among `modes`. */
function markRemote(card: Scorecard, modes: readonly string[]): void {
  mark(card, "distance", {
    state: "meets",
    detail: modes.includes("online") ? "online, no travel" : "by phone, no travel",
    score: REMOTE_POINTS,
  });
}

/**
 * The distance criterion. Phone and online offers need no travel; whether the carer accepts
 * that way of taking part is the delivery criterion's question, not this one's.
 */
function judgeTravel(card: Scorecard, subject: Subject, at: Where): Reach {
  const { offer, profile: p } = subject;
  const { q, point, areaCovers } = at;
  const remoteModes = offer.delivery.filter(
    (d) =>
      (d === "phone" || d === "online") && (q.delivery === undefined || q.delivery.includes(d)),
  );
  const comesHome =
    offer.delivery.includes("home_visit") &&
    (q.delivery === undefined || q.delivery.includes("home_visit"));
  let distanceKm: number | undefined;
  if (p.point !== undefined) distanceKm = reportedKm(point, p.point);
  const inPersonOk = q.delivery === undefined || q.delivery.includes("in_person");
  const remoteAny = offer.delivery.filter((d) => d === "phone" || d === "online");
  if (remoteModes.length > 0 && !inPersonOk) markRemote(card, remoteModes);
  else if (distanceKm !== undefined && distanceKm <= q.maxKm) {
    mark(card, "distance", {
      state: "meets",
      detail: `${distanceKm} km`,
      score: nearbyPoints(distanceKm, q.maxKm),
    });
  } else if (remoteModes.length > 0) {
    markRemote(card, remoteModes);
  } else if (
    comesHome &&
    (areaCovers === true || (distanceKm !== undefined && distanceKm <= q.maxKm))
  ) {
    mark(card, "distance", {
      state: "meets",
      detail: "visits you at home",
      score: HOME_VISIT_POINTS,
    });
  } else if (distanceKm === undefined && remoteAny.length > 0) {
    markRemote(card, remoteAny);
  } else if (distanceKm !== undefined) {
    mark(card, "distance", {
      state: "fails",
      detail: `${distanceKm} km, beyond ${q.maxKm} km`,
      score: 0,
    });
    return { distanceKm, farAway: distanceKm > q.maxKm * 1.5 };
  } else {
    mark(card, "distance", {
      state: "unknown",
      detail: "distance unknown (no coordinates)",
      score: 0,
    });
  }
  return { distanceKm, farAway: false };
}

/** The area criterion, for offers with service areas; returns whether the carer is far outside. */
function judgeArea(card: Scorecard, subject: Subject, at: Where): boolean {
  const { q, point, areaCovers } = at;
  const p = subject.profile;
  if (subject.offer.serviceAreas.length === 0) return false;
  if (areaCovers === true) {
    mark(card, "area", { state: "meets", detail: "inside the service area", score: WEIGHTS.area });
    return false;
  }
  if (areaCovers === false) {
    // Far outside a mapped area is no near miss (the index agrees: see scan.ts).
    const farOutside = p.areaBox !== undefined && !nearBox(p.areaBox, point, q.maxKm * 1.5);
    mark(card, "area", { state: "fails", detail: "outside the service area", score: 0 });
    return farOutside;
  }
  mark(card, "area", {
    state: "unknown",
    detail: "service area not mapped",
    score: halfWeight("area"),
  });
  return false;
}

/** The distance and area criteria, judged only when the query has a point. */
export function judgeDistance(card: Scorecard, subject: Subject, q: PreparedQuery): Reach {
  if (q.point === undefined) return { farAway: false };
  const p = subject.profile;
  const point = q.point;
  const areaCovers = p.polygons === undefined ? undefined : inPolygons(p.polygons, point);
  const where = { q, point, areaCovers };
  const travel = judgeTravel(card, subject, where);
  const farOutside = judgeArea(card, subject, where);
  return { distanceKm: travel.distanceKm, farAway: travel.farAway || farOutside };
}
