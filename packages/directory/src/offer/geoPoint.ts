/**
 * A WGS84 point in decimal degrees.
 *
 * @example
 * const norwich: GeoPoint = { lat: 52.63, lon: 1.3 };
 */
export interface GeoPoint {
  /** Latitude, −90 to 90. */
  readonly lat: number;
  /** Longitude, −180 to 180. */
  readonly lon: number;
}
