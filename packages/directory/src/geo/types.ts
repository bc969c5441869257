import type { CarerKitIssue, Result } from "@carerkit/core";
import type { GeoPoint } from "../offer/geoPoint.ts";

/**
 * A geocoded place: a point, how precise it is, and what it stands for.
 *
 * @example
 * const place: GeocodedPoint = { lat: 52.63, lon: 1.28, precision: "district", label: "NR2" };
 */
export interface GeocodedPoint extends GeoPoint {
  /** `postcode`: a unit postcode centroid; `district`: an outward code (e.g. NR2), coarse. */
  readonly precision: "postcode" | "district";
  /** What was matched, e.g. the outward code. */
  readonly label: string;
}

/**
 * Turns a postcode into coordinates. Synchronous so matching stays a pure function; an online
 * geocoder (postcodes.io, a council gazetteer) is called by the application before matching and
 * its coordinates are passed in the query instead.
 *
 * @example
 * const geocoder: Geocoder = { geocode: () => ({ success: true, data: { lat: 52.63, lon: 1.28, precision: "district", label: "NR2" } }) };
 */
export interface Geocoder {
  /**
   * Looks a postcode up.
   *
   * @param postcode - A UK postcode in any spacing or case, or an outward code.
   * @returns The point, or an issue `invalid_postcode` / `unknown_postcode`.
   */
  geocode(
    postcode: string,
  ): Result<GeocodedPoint, CarerKitIssue<"invalid_postcode" | "unknown_postcode">>;
}

/**
 * One row of a gazetteer: an outward code (postcode district) and a representative point.
 *
 * @example
 * const row: GazetteerEntry = { outcode: "NR2", lat: 52.63, lon: 1.28, label: "Norwich west" };
 */
export interface GazetteerEntry {
  /** Outward code, e.g. `NR2`, `SW1A`. */
  readonly outcode: string;
  /** Latitude of the representative point. */
  readonly lat: number;
  /** Longitude of the representative point. */
  readonly lon: number;
  /** A human label. */
  readonly label: string;
}
