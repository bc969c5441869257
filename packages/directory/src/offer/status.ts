/**
 * The HSDS service status, kept as published.
 *
 * @example
 * const status: OfferStatus = "temporarily closed";
 */
export type OfferStatus = "active" | "inactive" | "defunct" | "temporarily closed";
