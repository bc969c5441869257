import type { GeoPoint } from "./geoPoint.ts";

/**
 * A postal or physical address.
 *
 * @example
 * const address: OfferAddress = {
 *   id: "a1", address1: "1 Mill Lane", city: "Norwich", region: "Norfolk", postcode: "NR2 4AA", country: "GB",
 * };
 */
export interface OfferAddress {
  /** The address's id. */
  readonly id: string;
  /** First line. */
  readonly address1: string;
  /** Second line. */
  readonly address2?: string | undefined;
  /** Town or city. */
  readonly city: string;
  /** County or region (HSDS `state_province`). */
  readonly region: string;
  /** Postcode as published. */
  readonly postcode: string;
  /** ISO 3166-1 alpha-2 country code. */
  readonly country: string;
}

/**
 * Where an offer is delivered.
 *
 * @example
 * const venue: OfferLocation = { id: "l1", type: "physical", name: "Mill Lane Hall", point: { lat: 52.63, lon: 1.28 } };
 */
export interface OfferLocation {
  /** The location's id. */
  readonly id: string;
  /** HSDS `location_type`. */
  readonly type: "physical" | "postal" | "virtual";
  /** The venue's name. */
  readonly name?: string | undefined;
  /** Coordinates, when published and plausible. */
  readonly point?: GeoPoint | undefined;
  /** The address. */
  readonly address?: OfferAddress | undefined;
  /** A URL (for virtual locations). */
  readonly url?: string | undefined;
  /** External identifier, e.g. a UPRN. */
  readonly externalId?: string | undefined;
  /** The scheme of `externalId`, e.g. `UPRN`. */
  readonly externalIdType?: string | undefined;
}
