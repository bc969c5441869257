// Great-circle distance and GeoJSON point-in-polygon, small enough not to need a dependency.
import type { GeoPoint } from "../offer/geoPoint.ts";

const EARTH_RADIUS_KM = 6371.0088; // IUGG mean radius

export function haversineKm(a: GeoPoint, b: GeoPoint): number {
  return haversineKmTo(a, b.lat, b.lon);
}

/** {@link haversineKm} to a point given as two numbers (read from typed arrays). */
export function haversineKmTo(a: GeoPoint, lat: number, lon: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat - a.lat) * rad;
  const dLon = (lon - a.lon) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A bounding box (degrees) that contains every point within `km` of the centre. */
export function boundingBox(centre: GeoPoint, km: number): [number, number, number, number] {
  const dLat = (km / EARTH_RADIUS_KM) * (180 / Math.PI);
  const cos = Math.cos((Math.min(89, Math.abs(centre.lat) + dLat) * Math.PI) / 180);
  const dLon = Math.min(180, dLat / Math.max(cos, 1e-6));
  return [centre.lon - dLon, centre.lat - dLat, centre.lon + dLon, centre.lat + dLat];
}

type Ring = readonly (readonly number[])[];
export type Polygon = readonly Ring[];

function inRing(ring: Ring, x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function inPolygons(polygons: readonly Polygon[], p: GeoPoint): boolean {
  return polygons.some((rings) => {
    const [outer, ...holes] = rings;
    return (
      outer !== undefined &&
      inRing(outer, p.lon, p.lat) &&
      !holes.some((h) => inRing(h, p.lon, p.lat))
    );
  });
}

function isRing(value: unknown): value is Ring {
  return (
    Array.isArray(value) &&
    value.length >= 4 &&
    value.every(
      (c: unknown) =>
        Array.isArray(c) &&
        c.length >= 2 &&
        c.every((n: unknown) => typeof n === "number" && Number.isFinite(n)),
    )
  );
}

/** Polygons of a GeoJSON Polygon, MultiPolygon, Feature or FeatureCollection; undefined if none. */
export function polygonsOf(geojson: string): Polygon[] | undefined {
  let value: unknown;
  try {
    value = JSON.parse(geojson);
  } catch {
    return undefined;
  }
  const out: Polygon[] = [];
  const visit = (g: unknown, depth = 0): void => {
    if (typeof g !== "object" || g === null || depth > 8) return;
    const o = g as Record<string, unknown>;
    if (o["type"] === "FeatureCollection" && Array.isArray(o["features"]))
      (o["features"] as unknown[]).forEach((f) => {
        visit(f, depth + 1);
      });
    else if (o["type"] === "Feature") visit(o["geometry"], depth + 1);
    else if (o["type"] === "Polygon" && Array.isArray(o["coordinates"])) {
      const rings = o["coordinates"] as unknown[];
      if (rings.every(isRing)) out.push(rings);
    } else if (o["type"] === "MultiPolygon" && Array.isArray(o["coordinates"])) {
      for (const poly of o["coordinates"] as unknown[]) {
        if (Array.isArray(poly) && poly.every(isRing)) out.push(poly);
      }
    }
  };
  visit(value);
  return out.length > 0 ? out : undefined;
}

export type Box = readonly [minLon: number, minLat: number, maxLon: number, maxLat: number];

export function boxOf(polygons: readonly Polygon[]): Box {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const rings of polygons) {
    for (const [x = 0, y = 0] of rings[0] ?? []) {
      if (x < minX) minX = x;
      if (y < minY) minY = y;
      if (x > maxX) maxX = x;
      if (y > maxY) maxY = y;
    }
  }
  return [minX, minY, maxX, maxY];
}

/** Whether a point lies within `km` of a box (the box grown by km in every direction). */
export function nearBox(box: Box, p: GeoPoint, km: number): boolean {
  const dLat = (km / EARTH_RADIUS_KM) * (180 / Math.PI);
  const dLon = dLat / Math.max(Math.cos((p.lat * Math.PI) / 180), 1e-6);
  return (
    p.lon >= box[0] - dLon &&
    p.lon <= box[2] + dLon &&
    p.lat >= box[1] - dLat &&
    p.lat <= box[3] + dLat
  );
}
