/**
 * An area a service covers: free text, a persistent URI (e.g. an ONS code) and/or GeoJSON.
 *
 * @example
 * const area: OfferServiceArea = { id: "sa1", name: "Norwich" };
 */
export interface OfferServiceArea {
  /** The area's id. */
  readonly id: string;
  /** Its name. */
  readonly name?: string | undefined;
  /** Its description. */
  readonly description?: string | undefined;
  /** The extent as published (GeoJSON text when `extentType` is `geojson`). */
  readonly extent?: string | undefined;
  /** `geojson`, `topojson`, `kml` or `text`. */
  readonly extentType?: string | undefined;
  /** A persistent identifier of the area. */
  readonly uri?: string | undefined;
}
